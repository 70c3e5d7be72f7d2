namespace Sellmetrics.Marketplaces.Walmart.Returns;

/// <summary>Walmart returns money: <c>{"currencyAmount":12.99,"currencyUnit":"USD"}</c>.</summary>
public sealed record WalmartCurrencyAmount(decimal CurrencyAmount, string? CurrencyUnit);
