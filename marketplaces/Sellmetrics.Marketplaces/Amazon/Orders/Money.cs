namespace Sellmetrics.Marketplaces.Amazon.Orders;

/// <summary>Orders API money: <c>{"CurrencyCode":"USD","Amount":"12.99"}</c> (the amount is a decimal string on the wire).</summary>
public sealed record Money(string CurrencyCode, decimal Amount);
