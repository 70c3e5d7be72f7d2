namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// The sandbox's own record of one listing's day in one marketplace: its <see cref="Final"/> figures, and the figures a
/// report made at <see cref="AsOf"/> shows (<see cref="Served"/>), equal to the final ones once <see cref="Settled"/>
/// (from <see cref="SettlesAt"/>, 72 hours after the day's end). Every listing has a row, those without orders too.
/// </summary>
public sealed record TrafficTruthRow(
    string MarketplaceId,
    DateOnly Day,
    string Sku,
    string Asin,
    DateTimeOffset AsOf,
    bool Settled,
    DateTimeOffset SettlesAt,
    TrafficFigures Final,
    TrafficFigures Served);
