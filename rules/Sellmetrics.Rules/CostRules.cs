using System.Text.RegularExpressions;

namespace Sellmetrics.Rules;

/// <summary>What makes a recurring cost acceptable; checked by the endpoint and again by the grain.</summary>
public static partial class CostRules
{
    public const decimal MaxAmount = 1_000_000_000m;

    public static Dictionary<string, string[]> Validate(string? name, string? category, decimal? amount, string? currency, DateOnly? startDate, DateOnly? endDate)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            errors["name"] = ["Enter a name of 1 to 100 characters."];
        }
        else if (PlainText.HasControlCharacters(name))
        {
            errors["name"] = [PlainText.ControlCharacterError];
        }

        if (string.IsNullOrWhiteSpace(category) || category.Trim().Length > 50)
        {
            errors["category"] = ["Enter a category of 1 to 50 characters."];
        }
        else if (PlainText.HasControlCharacters(category))
        {
            errors["category"] = [PlainText.ControlCharacterError];
        }

        if (amount is not (> 0m and <= MaxAmount) || decimal.Round(amount.Value, 4) != amount.Value)
        {
            errors["amount"] = ["Enter an amount above 0 with at most 4 decimals."];
        }

        if (currency is null || !CurrencyCode().IsMatch(currency))
        {
            errors["currency"] = ["Enter a three-letter ISO currency code such as USD."];
        }

        if (startDate is null)
        {
            errors["startDate"] = ["Enter the date the cost starts."];
        }
        else if (endDate < startDate)
        {
            errors["endDate"] = ["The end date cannot be before the start date."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
