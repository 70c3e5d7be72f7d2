namespace Sellmetrics.Data.Connections;

/// <summary>A row of <c>marketplace_connections</c>: one marketplace account of a tenant, its credentials only as a Fernet token.</summary>
public sealed record ConnectionRow(
    Guid Id,
    string Marketplace,
    string MarketplaceId,
    string Account,
    string? Region,
    string SealedCredentials,
    string Status,
    DateTimeOffset ConnectedAt,
    DateTimeOffset UpdatedAt)
{
    public override string ToString() =>
        $"ConnectionRow {{ Id = {Id}, Marketplace = {Marketplace}, MarketplaceId = {MarketplaceId}, Account = {Account}, Status = {Status}, SealedCredentials = *** }}";
}
