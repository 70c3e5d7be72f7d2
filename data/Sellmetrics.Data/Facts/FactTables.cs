using Sellmetrics.Facts;
using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Data.Facts;

/// <summary>
/// The fact tables of a tenant schema, each described once: its columns, keys, which columns count as a change, and how
/// a stored row (read by column name) becomes its record again.
/// </summary>
internal static class FactTables
{
    public static readonly FactTable<Order> Orders = new("orders",
    [
        Marketplace<Order>(),
        Text<Order>("order_id", f => f.OrderId, key: true),
        Instant<Order>("purchased_at", f => f.PurchasedAt),
        Text<Order>("status", f => f.Status.ToString()),
        Text<Order>("fulfillment", f => f.Fulfillment),
    ],
        r => new Order(r.Text("order_id"), r.Text("marketplace"), r.Instant("purchased_at"), Enum.Parse<OrderStatus>(r.Text("status")), r.OptionalText("fulfillment")));

    public static readonly FactTable<OrderItem> Items = new("order_items",
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
    ],
        r => new OrderItem(
            r.Text("order_id"), r.Text("order_item_id"), r.Text("sku"), r.Text("product_id"), r.Int("quantity"), r.Text("currency"), r.Money("item_price"),
            r.Money("shipping_price"), r.Money("gift_wrap_price"), r.Money("promotion_discount"), r.Money("shipping_discount"), r.Money("tax")));

    public static readonly FactTable<FeeLine> Fees = new("fee_lines",
    [
        Marketplace<FeeLine>(),
        Text<FeeLine>("id", f => f.Id, key: true),
        Text<FeeLine>("order_id", f => f.OrderId),
        Text<FeeLine>("sku", f => f.Sku),
        Text<FeeLine>("fee_type", f => f.FeeType),
        Text<FeeLine>("currency", f => f.Currency),
        Money<FeeLine>("amount", f => f.Amount),
        Instant<FeeLine>("posted_at", f => f.PostedAt),
    ],
        r => new FeeLine(
            r.Text("id"), r.Text("order_id"), r.Text("sku"), r.Text("fee_type"), r.Text("currency"), r.Money("amount"), r.Instant("posted_at")));

    public static readonly FactTable<RefundEvent> Refunds = new("refund_events",
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
    ],
        r => new RefundEvent(
            r.Text("id"), r.Text("order_id"), r.Text("sku"), r.Instant("posted_at"), r.Text("currency"), r.Money("principal"), r.Money("shipping"),
            r.Money("gift_wrap"), r.Money("promotion"), r.Money("fee_adjustments"), r.Money("other")));

    public static readonly FactTable<ServiceFee> ServiceFees = new("service_fees",
    [
        Marketplace<ServiceFee>(),
        Text<ServiceFee>("id", f => f.Id, key: true),
        Text<ServiceFee>("sku", f => f.Sku),
        Text<ServiceFee>("fee_type", f => f.FeeType),
        Instant<ServiceFee>("posted_at", f => f.PostedAt),
        Text<ServiceFee>("currency", f => f.Currency),
        Money<ServiceFee>("amount", f => f.Amount),
    ],
        r => new ServiceFee(
            r.Text("id"), r.Text("marketplace"), r.OptionalText("sku"), r.Text("fee_type"), r.Instant("posted_at"), r.Text("currency"), r.Money("amount")));

    public static readonly FactTable<Reimbursement> Reimbursements = new("reimbursements",
    [
        Marketplace<Reimbursement>(),
        Text<Reimbursement>("id", f => f.Id, key: true),
        Text<Reimbursement>("sku", f => f.Sku),
        Instant<Reimbursement>("posted_at", f => f.PostedAt),
        Text<Reimbursement>("currency", f => f.Currency),
        Money<Reimbursement>("amount", f => f.Amount),
        Text<Reimbursement>("reason", f => f.Reason),
    ],
        r => new Reimbursement(
            r.Text("id"), r.Text("marketplace"), r.OptionalText("sku"), r.Instant("posted_at"), r.Text("currency"), r.Money("amount"), r.Text("reason")));

    public static readonly FactTable<CustomerReturn> Returns = new("customer_returns",
    [
        Marketplace<CustomerReturn>(),
        Text<CustomerReturn>("id", f => f.Id, key: true),
        Text<CustomerReturn>("order_id", f => f.OrderId),
        Text<CustomerReturn>("sku", f => f.Sku),
        Instant<CustomerReturn>("returned_at", f => f.ReturnedAt),
        Int<CustomerReturn>("quantity", f => f.Quantity),
        Text<CustomerReturn>("disposition", f => f.Disposition),
        new FactColumn<MarketplaceFact<CustomerReturn>, bool>("sellable", "boolean", f => f.Fact.Sellable),
    ],
        r => new CustomerReturn(
            r.Text("id"), r.Text("order_id"), r.Text("sku"), r.Instant("returned_at"), r.Int("quantity"), r.Text("disposition"), r.Flag("sellable")));

    public static readonly FactTable<ReimbursementDetail> ReimbursementDetails = new("reimbursement_details",
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
    ],
        r => new ReimbursementDetail(
            r.Text("reimbursement_id"), r.OptionalText("sku"), r.OptionalText("asin"), r.OptionalText("order_id"), r.Instant("approved_at"), r.Text("reason"),
            r.OptionalText("case_id"), r.Text("currency"), r.Money("amount_total"), r.Int("quantity_cash"), r.Int("quantity_inventory")));

    public static readonly FactTable<InventoryLevel> Inventory = new("inventory_levels",
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
    ],
        r => new InventoryLevel(
            r.Text("sku"), r.OptionalText("asin"), r.Text("location"), r.Day("day"), r.Int("fulfillable"), r.Int("inbound"), r.Int("reserved"),
            r.Int("unfulfillable"), r.Instant("observed_at")));

    public static readonly FactTable<CatalogEntry> Catalog = new("catalog_entries",
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
    ],
        r => new CatalogEntry(
            r.Text("sku"), r.OptionalText("asin"), r.OptionalText("title"), r.OptionalText("brand"), r.OptionalText("image_url"), r.OptionalMoney("price"),
            r.OptionalText("currency"), r.OptionalText("listing_status"), r.Instant("observed_at")));

    public static readonly FactTable<TrafficDay> Traffic = new("traffic_days",
    [
        Marketplace<TrafficDay>(),
        Text<TrafficDay>("asin", f => f.Asin, key: true),
        Day<TrafficDay>("day", f => f.Day, key: true),
        Text<TrafficDay>("sku", f => f.Sku),
        Int<TrafficDay>("sessions", f => f.Sessions),
        Int<TrafficDay>("page_views", f => f.PageViews),
        Int<TrafficDay>("units_ordered", f => f.UnitsOrdered),
        new FactColumn<MarketplaceFact<TrafficDay>, decimal?>("buy_box_percentage", "numeric", f => f.Fact.BuyBoxPercentage),
    ],
        r => new TrafficDay(
            r.Text("asin"), r.OptionalText("sku"), r.Day("day"), r.Int("sessions"), r.Int("page_views"), r.Int("units_ordered"), r.OptionalMoney("buy_box_percentage")));

    public static readonly FactTable<Payout> Payouts = new("payouts",
    [
        Marketplace<Payout>(),
        Text<Payout>("settlement_id", f => f.SettlementId, key: true),
        Instant<Payout>("period_start", f => f.PeriodStart),
        Instant<Payout>("period_end", f => f.PeriodEnd),
        OptionalInstant<Payout>("deposit_date", f => f.DepositDate),
        Money<Payout>("deposit_amount", f => f.DepositAmount),
        Text<Payout>("currency", f => f.Currency),
    ],
        r => new Payout(
            r.Text("settlement_id"), r.Instant("period_start"), r.Instant("period_end"), r.OptionalInstant("deposit_date"), r.Money("deposit_amount"), r.Text("currency")));

    public static readonly FactTable<PayoutLine> PayoutLines = new("payout_lines",
    [
        Marketplace<PayoutLine>(),
        Text<PayoutLine>("settlement_id", f => f.SettlementId, key: true),
        Text<PayoutLine>("kind", f => f.Kind.ToString(), key: true),
        Text<PayoutLine>("reference", f => f.Reference, key: true),
        Text<PayoutLine>("order_id", f => f.OrderId),
        Text<PayoutLine>("sku", f => f.Sku),
        OptionalInstant<PayoutLine>("posted_at", f => f.PostedAt),
        Money<PayoutLine>("amount", f => f.Amount),
    ],
        r => new PayoutLine(
            r.Text("settlement_id"), Enum.Parse<PayoutKind>(r.Text("kind")), r.Text("reference"), r.OptionalText("order_id"), r.OptionalText("sku"),
            r.OptionalInstant("posted_at"), r.Money("amount")));

    /// <summary>Every fact table, in the order a pull writes them.</summary>
    public static IReadOnlyList<IFactTable> All { get; } =
        [Orders, Items, Fees, Refunds, ServiceFees, Reimbursements, Returns, ReimbursementDetails, Inventory, Catalog, Traffic, Payouts, PayoutLines];

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
