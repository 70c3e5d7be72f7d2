namespace Sellmetrics.Sandbox.Generation;

/// <summary>One catalog product of a generated seller, sold on Amazon and, when <see cref="OnWalmart"/>, on Walmart.</summary>
internal sealed record Product(
    int Index,
    string Sku,
    string Asin,
    string FnSku,
    string Title,
    string Brand,
    ProductCategory Category,
    decimal BasePrice,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<string> ImageIds,
    decimal FbaFeePerUnit,
    bool IsFba,
    int Popularity,
    int ConversionPercent,
    string Upc,
    bool OnWalmart,
    string WalmartItemId,
    DateOnly ListedOn);
