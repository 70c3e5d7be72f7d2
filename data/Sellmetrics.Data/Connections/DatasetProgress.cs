namespace Sellmetrics.Data.Connections;

/// <summary>
/// Where one dataset of a connection stands, for one marketplace (<see cref="MarketplaceId"/>, '' when the dataset is read
/// once for the whole account): the history horizon, the span of marketplace time stored so far, when it
/// last succeeded, and its counters (<see cref="RefusedLines"/>: money lines refused for want of a currency). A row of <c>sync_datasets</c>.
/// </summary>
public sealed record DatasetProgress(
    Guid ConnectionId,
    string Dataset,
    string State,
    DateTimeOffset? Horizon,
    DateTimeOffset? CoveredFrom,
    DateTimeOffset? CoveredTo,
    DateTimeOffset? StartedAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastAttemptAt,
    long Rows,
    long ApiCalls,
    long Throttles,
    string? Error,
    string? Cursor,
    long RefusedLines = 0,
    string MarketplaceId = "");
