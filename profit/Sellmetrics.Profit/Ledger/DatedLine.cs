namespace Sellmetrics.Profit.Ledger;

internal sealed record DatedLine(DateOnly Day, string? Marketplace, string? Sku, string Currency, ProfitLine Line, string? OrderId = null);
