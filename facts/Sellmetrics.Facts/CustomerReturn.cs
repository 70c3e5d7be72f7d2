namespace Sellmetrics.Facts;

/// <summary>A returned quantity from the returns report; a sellable one gives back the unit cost charged at its sale.</summary>
public sealed record CustomerReturn(
    string Id,
    string OrderId,
    string Sku,
    DateTimeOffset ReturnedAt,
    int Quantity,
    string Disposition,
    bool Sellable);
