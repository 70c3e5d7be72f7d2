namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A scripted catalog product, listed in the US marketplace at <see cref="Price"/> (the listing never changes).
/// <see cref="Category"/> (default Home) and <see cref="FbaFeePerUnit"/> only shape orders created later through the control API.</summary>
public sealed record ScriptedProduct(
    string? Sku,
    string? Asin,
    string? Title,
    decimal Price,
    bool Fba = true,
    string? FnSku = null,
    string? Brand = null,
    string? Category = null,
    decimal? FbaFeePerUnit = null);
