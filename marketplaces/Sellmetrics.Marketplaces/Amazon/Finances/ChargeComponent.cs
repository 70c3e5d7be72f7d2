namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>A charge line such as Principal, Tax or ShippingCharge.</summary>
public sealed record ChargeComponent(string? ChargeType, FinanceAmount? ChargeAmount);
