using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Facts;

/// <summary>
/// Everything known about one SKU on one marketplace, as a ProductProfitGrain holds it. Facts for other SKUs
/// are ignored; order items whose order header is not known yet wait for it.
/// </summary>
public sealed record SkuFacts(string Marketplace, string Sku)
{
    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    public IReadOnlyList<FeeLine> Fees { get; init; } = [];

    public IReadOnlyList<RefundEvent> Refunds { get; init; } = [];

    public IReadOnlyList<Reimbursement> Reimbursements { get; init; } = [];

    public IReadOnlyList<ServiceFee> ServiceFees { get; init; } = [];

    public IReadOnlyList<CustomerReturn> Returns { get; init; } = [];

    public IReadOnlyList<CogsEntry> Costs { get; init; } = [];
}
