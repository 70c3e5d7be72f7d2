using System.ComponentModel.DataAnnotations;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Costs;

/// <summary>A recurring cost as the seller enters it; frequency is daily, weekly, monthly or yearly.</summary>
public sealed record RecurringCostRequest(
    string? Name, string? Category, decimal? Amount, string? Currency, string? Frequency, DateOnly? StartDate, DateOnly? EndDate) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of(CostRules.Validate(Name, Category, Amount, Currency, StartDate, EndDate))
            .Concat(FieldErrors.Of("frequency", CostFrequencyNames.TryParse(Frequency, out _) ? null : "Choose daily, weekly, monthly or yearly."));

    /// <summary>The cost this request describes, once validated.</summary>
    public RecurringCost ToCost(Guid id) =>
        new(id, Name!, Category!, Amount!.Value, Currency!, CostFrequencyNames.Parse(Frequency!), StartDate!.Value, EndDate);
}
