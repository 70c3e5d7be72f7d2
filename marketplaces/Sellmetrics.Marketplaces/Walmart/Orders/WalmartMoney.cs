namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>Walmart orders and items money: <c>{"currency":"USD","amount":12.99}</c>.</summary>
public sealed record WalmartMoney(string Currency, decimal Amount);
