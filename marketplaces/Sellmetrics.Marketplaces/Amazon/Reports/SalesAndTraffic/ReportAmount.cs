namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

/// <summary>Money in the sales and traffic report: <c>{"amount": 12.5, "currencyCode": "USD"}</c>.</summary>
public sealed record ReportAmount(decimal Amount, string CurrencyCode);
