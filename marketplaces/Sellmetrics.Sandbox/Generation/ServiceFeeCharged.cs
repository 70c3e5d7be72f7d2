namespace Sellmetrics.Sandbox.Generation;

/// <summary>A storage, subscription or inbound fee.</summary>
internal sealed record ServiceFeeCharged(ServiceFee Fee)
    : FinancialEvent(Fee.ChargedAt, Fee.FeeType + "/" + Fee.Product?.Sku)
{
    public override decimal Total => Fee.Amount;

    public override AmazonMarketplace Marketplace => Fee.Marketplace;

    public override bool IsAccountLevel => Fee.IsAccountLevel;
}
