namespace Sellmetrics.Grains.Connections;

/// <summary>What a connection's sync progress is kept per: a dataset, and its marketplace ('' when read once for the whole account).</summary>
internal readonly record struct DatasetKey(string Dataset, string MarketplaceId);
