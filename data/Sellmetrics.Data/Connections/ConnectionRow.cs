namespace Sellmetrics.Data.Connections;

/// <summary>
/// A row of <c>marketplace_connections</c>: one marketplace account of a tenant (for Amazon, one seller account in one
/// region), its credentials only as a Fernet token. <see cref="MarketplaceIds"/> are the marketplaces it tracks, the home
/// one (<see cref="MarketplaceId"/>) first; <see cref="AvailableMarketplaceIds"/> those the seller could track there.
/// </summary>
public sealed record ConnectionRow(
    Guid Id,
    string Marketplace,
    string MarketplaceId,
    string Account,
    string? Region,
    string SealedCredentials,
    string Status,
    DateTimeOffset ConnectedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> MarketplaceIds,
    IReadOnlyList<string> AvailableMarketplaceIds)
{
    public override string ToString() =>
        $"ConnectionRow {{ Id = {Id}, Marketplace = {Marketplace}, MarketplaceIds = [{string.Join(", ", MarketplaceIds)}], Account = {Account}, Status = {Status}, SealedCredentials = *** }}";
}
