using Sellmetrics.Profit.Facts;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Data.Facts;

/// <summary>The fact tables of a tenant schema: their columns, keys, and which columns count as a change.</summary>
internal static class FactTables
{
    public static readonly FactTable<MarketplaceFact<Order>> Orders = new("orders",
    [
        Marketplace<Order>(),
        Text<Order>("order_id", f => f.OrderId, key: true),
        Instant<Order>("purchased_at", f => f.PurchasedAt),
        Text<Order>("status", f => f.Status.ToString()),
        Text<Order>("fulfillment", f => f.Fulfillment),
    ]);

    public static readonly FactTable<MarketplaceFact<OrderItem>> Items = new("order_items",
    [
        Marketplace<OrderItem>(),
        Text<OrderItem>("order_id", f => f.OrderId, key: true),
        Text<OrderItem>("sku", f => f.Sku, key: true),
        Text<OrderItem>("order_item_id", f => f.OrderItemId),
        Text<OrderItem>("product_id", f => f.ProductId),
        Int<OrderItem>("quantity", f => f.Quantity),
        Text<OrderItem>("currency", f => f.Currency),
        Money<OrderItem>("item_price", f => f.ItemPrice),
        Money<OrderItem>("shipping_price", f => f.ShippingPrice),
        Money<OrderItem>("gift_wrap_price", f => f.GiftWrapPrice),
        Money<OrderItem>("promotion_discount", f => f.PromotionDiscount),
        Money<OrderItem>("shipping_discount", f => f.ShippingDiscount),
        Money<OrderItem>("tax", f => f.Tax),
    ]);

    public static readonly FactTable<MarketplaceFact<FeeLine>> Fees = new("fee_lines",
    [
        Marketplace<FeeLine>(),
        Text<FeeLine>("id", f => f.Id, key: true),
        Text<FeeLine>("order_id", f => f.OrderId),
        Text<FeeLine>("sku", f => f.Sku),
        Text<FeeLine>("fee_type", f => f.FeeType),
        Text<FeeLine>("currency", f => f.Currency),
        Money<FeeLine>("amount", f => f.Amount),
        Instant<FeeLine>("posted_at", f => f.PostedAt),
    ]);

    public static readonly FactTable<MarketplaceFact<RefundEvent>> Refunds = new("refund_events",
    [
        Marketplace<RefundEvent>(),
        Text<RefundEvent>("id", f => f.Id, key: true),
        Text<RefundEvent>("order_id", f => f.OrderId),
        Text<RefundEvent>("sku", f => f.Sku),
        Instant<RefundEvent>("posted_at", f => f.PostedAt),
        Text<RefundEvent>("currency", f => f.Currency),
        Money<RefundEvent>("principal", f => f.Principal),
        Money<RefundEvent>("shipping", f => f.Shipping),
        Money<RefundEvent>("gift_wrap", f => f.GiftWrap),
        Money<RefundEvent>("promotion", f => f.Promotion),
        Money<RefundEvent>("fee_adjustments", f => f.FeeAdjustments),
        Money<RefundEvent>("other", f => f.Other),
    ]);

    public static readonly FactTable<MarketplaceFact<ServiceFee>> ServiceFees = new("service_fees",
    [
        Marketplace<ServiceFee>(),
        Text<ServiceFee>("id", f => f.Id, key: true),
        Text<ServiceFee>("sku", f => f.Sku),
        Text<ServiceFee>("fee_type", f => f.FeeType),
        Instant<ServiceFee>("posted_at", f => f.PostedAt),
        Text<ServiceFee>("currency", f => f.Currency),
        Money<ServiceFee>("amount", f => f.Amount),
    ]);

    public static readonly FactTable<MarketplaceFact<Reimbursement>> Reimbursements = new("reimbursements",
    [
        Marketplace<Reimbursement>(),
        Text<Reimbursement>("id", f => f.Id, key: true),
        Text<Reimbursement>("sku", f => f.Sku),
        Instant<Reimbursement>("posted_at", f => f.PostedAt),
        Text<Reimbursement>("currency", f => f.Currency),
        Money<Reimbursement>("amount", f => f.Amount),
        Text<Reimbursement>("reason", f => f.Reason),
    ]);

    public static readonly FactTable<MarketplaceFact<CustomerReturn>> Returns = new("customer_returns",
    [
        Marketplace<CustomerReturn>(),
        Text<CustomerReturn>("id", f => f.Id, key: true),
        Text<CustomerReturn>("order_id", f => f.OrderId),
        Text<CustomerReturn>("sku", f => f.Sku),
        Instant<CustomerReturn>("returned_at", f => f.ReturnedAt),
        Int<CustomerReturn>("quantity", f => f.Quantity),
        Text<CustomerReturn>("disposition", f => f.Disposition),
        new FactColumn<MarketplaceFact<CustomerReturn>, bool>("sellable", "boolean", f => f.Fact.Sellable),
    ]);

    public static readonly FactTable<MarketplaceFact<ReimbursementDetail>> ReimbursementDetails = new("reimbursement_details",
    [
        Marketplace<ReimbursementDetail>(),
        Text<ReimbursementDetail>("reimbursement_id", f => f.ReimbursementId, key: true),
        Text<ReimbursementDetail>("sku_key", f => f.Sku ?? string.Empty, key: true),
        Text<ReimbursementDetail>("sku", f => f.Sku),
        Text<ReimbursementDetail>("asin", f => f.Asin),
        Text<ReimbursementDetail>("order_id", f => f.OrderId),
        Instant<ReimbursementDetail>("approved_at", f => f.ApprovedAt),
        Text<ReimbursementDetail>("reason", f => f.Reason),
        Text<ReimbursementDetail>("case_id", f => f.CaseId),
        Text<ReimbursementDetail>("currency", f => f.Currency),
        Money<ReimbursementDetail>("amount_total", f => f.AmountTotal),
        Int<ReimbursementDetail>("quantity_cash", f => f.QuantityCash),
        Int<ReimbursementDetail>("quantity_inventory", f => f.QuantityInventory),
    ]);

    public static readonly FactTable<MarketplaceFact<InventoryLevel>> Inventory = new("inventory_levels",
    [
        Marketplace<InventoryLevel>(),
        Text<InventoryLevel>("sku", f => f.Sku, key: true),
        Text<InventoryLevel>("location", f => f.Location, key: true),
        Day<InventoryLevel>("day", f => f.Day, key: true),
        Text<InventoryLevel>("asin", f => f.Asin),
        Int<InventoryLevel>("fulfillable", f => f.Fulfillable),
        Int<InventoryLevel>("inbound", f => f.Inbound),
        Int<InventoryLevel>("reserved", f => f.Reserved),
        Int<InventoryLevel>("unfulfillable", f => f.Unfulfillable),
        Instant<InventoryLevel>("observed_at", f => f.ObservedAt, compared: false),
    ]);

    public static readonly FactTable<MarketplaceFact<CatalogEntry>> Catalog = new("catalog_entries",
    [
        Marketplace<CatalogEntry>(),
        Text<CatalogEntry>("sku", f => f.Sku, key: true),
        Text<CatalogEntry>("asin", f => f.Asin),
        Text<CatalogEntry>("title", f => f.Title),
        Text<CatalogEntry>("brand", f => f.Brand),
        Text<CatalogEntry>("image_url", f => f.ImageUrl),
        new FactColumn<MarketplaceFact<CatalogEntry>, decimal?>("price", "numeric", f => f.Fact.Price),
        Text<CatalogEntry>("currency", f => f.Currency),
        Text<CatalogEntry>("listing_status", f => f.ListingStatus),
        Instant<CatalogEntry>("observed_at", f => f.ObservedAt, compared: false),
    ]);

    public static readonly FactTable<MarketplaceFact<TrafficDay>> Traffic = new("traffic_days",
    [
        Marketplace<TrafficDay>(),
        Text<TrafficDay>("asin", f => f.Asin, key: true),
        Day<TrafficDay>("day", f => f.Day, key: true),
        Text<TrafficDay>("sku", f => f.Sku),
        Int<TrafficDay>("sessions", f => f.Sessions),
        Int<TrafficDay>("page_views", f => f.PageViews),
        Int<TrafficDay>("units_ordered", f => f.UnitsOrdered),
        new FactColumn<MarketplaceFact<TrafficDay>, decimal?>("buy_box_percentage", "numeric", f => f.Fact.BuyBoxPercentage),
    ]);

    public static readonly FactTable<MarketplaceFact<Payout>> Payouts = new("payouts",
    [
        Marketplace<Payout>(),
        Text<Payout>("settlement_id", f => f.SettlementId, key: true),
        Instant<Payout>("period_start", f => f.PeriodStart),
        Instant<Payout>("period_end", f => f.PeriodEnd),
        OptionalInstant<Payout>("deposit_date", f => f.DepositDate),
        Money<Payout>("deposit_amount", f => f.DepositAmount),
        Text<Payout>("currency", f => f.Currency),
    ]);

    public static readonly FactTable<MarketplaceFact<PayoutLine>> PayoutLines = new("payout_lines",
    [
        Marketplace<PayoutLine>(),
        Text<PayoutLine>("settlement_id", f => f.SettlementId, key: true),
        Text<PayoutLine>("kind", f => f.Kind.ToString(), key: true),
        Text<PayoutLine>("reference", f => f.Reference, key: true),
        Text<PayoutLine>("order_id", f => f.OrderId),
        Text<PayoutLine>("sku", f => f.Sku),
        OptionalInstant<PayoutLine>("posted_at", f => f.PostedAt),
        Money<PayoutLine>("amount", f => f.Amount),
    ]);

    private static FactColumn<MarketplaceFact<T>> Marketplace<T>() =>
        new FactColumn<MarketplaceFact<T>, string>("marketplace", "varchar", f => f.Marketplace, Key: true);

    private static FactColumn<MarketplaceFact<T>> Text<T>(string name, Func<T, string?> value, bool key = false) =>
        new FactColumn<MarketplaceFact<T>, string?>(name, "varchar", f => value(f.Fact), key);

    private static FactColumn<MarketplaceFact<T>> Money<T>(string name, Func<T, decimal> value) =>
        new FactColumn<MarketplaceFact<T>, decimal>(name, "numeric", f => value(f.Fact));

    private static FactColumn<MarketplaceFact<T>> Int<T>(string name, Func<T, int> value) =>
        new FactColumn<MarketplaceFact<T>, int>(name, "integer", f => value(f.Fact));

    private static FactColumn<MarketplaceFact<T>> Day<T>(string name, Func<T, DateOnly> value, bool key = false) =>
        new FactColumn<MarketplaceFact<T>, DateOnly>(name, "date", f => value(f.Fact), key);

    private static FactColumn<MarketplaceFact<T>> OptionalInstant<T>(string name, Func<T, DateTimeOffset?> value) =>
        new FactColumn<MarketplaceFact<T>, DateTimeOffset?>(name, "timestamptz", f => value(f.Fact)?.ToUniversalTime());

    // PostgreSQL keeps instants in UTC; Npgsql takes only UTC offsets for timestamptz.
    private static FactColumn<MarketplaceFact<T>> Instant<T>(string name, Func<T, DateTimeOffset> value, bool compared = true) =>
        new FactColumn<MarketplaceFact<T>, DateTimeOffset>(name, "timestamptz", f => value(f.Fact).ToUniversalTime(), Compared: compared);
}
