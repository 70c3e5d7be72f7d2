namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>Finances v0 <c>Currency</c>: <c>{"CurrencyCode":"USD","CurrencyAmount":-1.5}</c>; negative is a debit to the seller.</summary>
public sealed record FinanceAmount(string? CurrencyCode, decimal CurrencyAmount);
