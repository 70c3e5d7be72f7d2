using System.ComponentModel.DataAnnotations;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Connections;

/// <summary>The body of <c>PUT /api/connections/{id}/marketplaces</c>: the marketplaces the connection tracks from now on.</summary>
public sealed record TrackMarketplacesRequest(IReadOnlyList<string>? MarketplaceIds) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of("marketplaceIds", MarketplaceIds is null || ConnectionRules.OneRegion(MarketplaceIds) is null ? ConnectionRules.MarketplacesError : null);
}
