using Sellmetrics.Grains.Connections;

namespace Sellmetrics.Web.Connections;

/// <summary>
/// A marketplace connection as <c>GET /api/connections</c> lists it (and connecting answers it): never a credential. An Amazon
/// connection tracks <see cref="MarketplaceIds"/> (the home one, <see cref="MarketplaceId"/>, first) among the
/// <see cref="AvailableMarketplaceIds"/> of its <see cref="Region"/>.
/// </summary>
public sealed record ConnectionResponse(
    Guid Id,
    string Marketplace,
    string MarketplaceId,
    string Account,
    string Status,
    DateTimeOffset ConnectedAt,
    IReadOnlyList<DatasetStatusResponse> Datasets,
    IReadOnlyList<string> MarketplaceIds,
    IReadOnlyList<string> AvailableMarketplaceIds,
    string? Region)
{
    public static ConnectionResponse From(ConnectionSnapshot connection) => new(
        connection.Id,
        connection.Marketplace,
        connection.MarketplaceId,
        connection.Account,
        connection.Status,
        connection.ConnectedAt,
        [.. connection.Datasets.Select(DatasetStatusResponse.From)],
        connection.MarketplaceIds,
        connection.AvailableMarketplaceIds,
        connection.Region);
}
