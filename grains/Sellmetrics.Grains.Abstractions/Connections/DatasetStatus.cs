namespace Sellmetrics.Grains.Connections;

/// <summary>
/// Where one dataset of a connection stands, for one <see cref="MarketplaceId"/> ('' when read once for the whole account): <see cref="State"/> is <c>waiting</c>, <c>running</c>, <c>idle</c> or <c>failed</c>;
/// <see cref="Progress"/> (0–1) and <see cref="Eta"/> describe the history import; <see cref="RefusedLines"/> counts money lines refused because no currency was known.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.dataset-status")]
public sealed record DatasetStatus(
    [property: Id(0)] string Dataset,
    [property: Id(1)] string State,
    [property: Id(2)] DateTimeOffset? LastSuccessAt,
    [property: Id(3)] DateTimeOffset? CoveredFrom,
    [property: Id(4)] DateTimeOffset? CoveredTo,
    [property: Id(5)] string? Cursor,
    [property: Id(6)] long Rows,
    [property: Id(7)] long ApiCalls,
    [property: Id(8)] long Throttles,
    [property: Id(9)] string? Error,
    [property: Id(10)] decimal Progress,
    [property: Id(11)] DateTimeOffset? Eta,
    [property: Id(12)] long RefusedLines = 0,
    [property: Id(13)] string MarketplaceId = "");
