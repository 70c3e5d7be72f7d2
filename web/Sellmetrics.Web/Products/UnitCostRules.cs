using Sellmetrics.Rules;

namespace Sellmetrics.Web.Products;

/// <summary>What a unit cost must be, for single edits and CSV rows alike.</summary>
internal static class UnitCostRules
{
    public const decimal MaxUnitCost = 1_000_000m;
    public const int MaxSkuLength = 100;

    public static Dictionary<string, string[]> Validate(string? sku, decimal? unitCost, string? currency, DateOnly? effectiveFrom)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(sku) || sku.Length > MaxSkuLength)
        {
            errors["sku"] = [$"Required, at most {MaxSkuLength} characters."];
        }
        else if (PlainText.HasControlCharacters(sku))
        {
            errors["sku"] = [PlainText.ControlCharacterError];
        }

        if (unitCost is not { } cost || cost < 0 || cost > MaxUnitCost || decimal.Round(cost, 4) != cost)
        {
            errors["unitCost"] = [$"A cost from 0 to {MaxUnitCost:N0} with at most 4 decimals."];
        }

        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors["currency"] = ["A three-letter ISO currency code such as USD."];
        }

        if (effectiveFrom is not { } from || from.Year < 2000 || from.Year > 2100)
        {
            errors["effectiveFrom"] = ["A date (YYYY-MM-DD) from which the cost applies."];
        }

        return errors;
    }
}
