namespace Sellmetrics.Marketplaces.Amazon.Authorization;

/// <summary>The outcome of a completed website authorization: store <see cref="RefreshToken"/> sealed, never log it.</summary>
public sealed record AmazonAuthorization(Guid TenantId, string SellingPartnerId, string RefreshToken)
{
    public override string ToString() =>
        $"AmazonAuthorization {{ TenantId = {TenantId}, SellingPartnerId = {SellingPartnerId}, RefreshToken = *** }}";
}
