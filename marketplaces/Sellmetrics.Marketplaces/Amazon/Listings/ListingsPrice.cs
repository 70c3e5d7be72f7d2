namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>Listings money: <c>{"currencyCode":"USD","amount":"19.99"}</c> (the amount is a decimal string on the wire).</summary>
public sealed record ListingsPrice(string CurrencyCode, decimal Amount);
