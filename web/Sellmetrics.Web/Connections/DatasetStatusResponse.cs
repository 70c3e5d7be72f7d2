using Sellmetrics.Grains.Connections;

namespace Sellmetrics.Web.Connections;

/// <summary>
/// Where one dataset of a connection stands for one <see cref="MarketplaceId"/> ('' when read for the whole account):
/// <see cref="State"/> is <c>waiting</c>, <c>running</c>, <c>idle</c> or <c>failed</c>; <see cref="Progress"/> (0–1) and
/// <see cref="Eta"/> describe the history import; <see cref="RefusedLines"/> counts money lines refused for want of a currency.
/// </summary>
public sealed record DatasetStatusResponse(
    string Dataset,
    string State,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? CoveredFrom,
    DateTimeOffset? CoveredTo,
    string? Cursor,
    long Rows,
    long ApiCalls,
    long Throttles,
    string? Error,
    decimal Progress,
    DateTimeOffset? Eta,
    long RefusedLines,
    string MarketplaceId)
{
    public static DatasetStatusResponse From(DatasetStatus status) => new(
        status.Dataset,
        status.State,
        status.LastSuccessAt,
        status.CoveredFrom,
        status.CoveredTo,
        status.Cursor,
        status.Rows,
        status.ApiCalls,
        status.Throttles,
        status.Error,
        status.Progress,
        status.Eta,
        status.RefusedLines,
        status.MarketplaceId);
}
