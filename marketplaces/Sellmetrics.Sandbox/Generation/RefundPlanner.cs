namespace Sellmetrics.Sandbox.Generation;

/// <summary>Decides whether a shipped order is refunded, returned and reimbursed, and when.</summary>
internal static class RefundPlanner
{
    private static readonly string[] Dispositions = ["SELLABLE", "CUSTOMER_DAMAGED", "DEFECTIVE", "CARRIER_DAMAGED", "DAMAGED", "EXPIRED"];
    private static readonly int[] DispositionWeights = [60, 15, 12, 5, 5, 3];
    private static readonly string[] Reasons = ["UNWANTED_ITEM", "DEFECTIVE", "NOT_AS_DESCRIBED", "ORDERED_WRONG_ITEM", "DAMAGED_BY_CARRIER", "NO_REASON_GIVEN"];

    public static IReadOnlyList<AmazonRefund> Plan(
        SeededRandom random, AmazonMarketplace marketplace, string orderId, IReadOnlyList<AmazonOrderItem> items, DateTimeOffset shippedAt, bool isFba)
    {
        if (!random.Chance(0.05))
        {
            return [];
        }

        var item = random.Pick(items);
        var quantity = item.Quantity > 1 && random.Chance(0.5) ? 1 : item.Quantity;
        var postedAt = shippedAt + TimeSpan.FromHours(random.Next(3 * 24, 30 * 24)) + TimeSpan.FromSeconds(random.Next(3600));
        var commission = -item.Fees.Where(f => f.Type == "Commission").Sum(f => f.Amount);
        var commissionReturned = Money.Share(commission, quantity, item.Quantity);
        var returned = isFba && random.Chance(0.8) ? CreateReturn(random, marketplace, quantity, postedAt) : null;
        var reimbursement = PlanReimbursement(random, marketplace, orderId, item.Product, quantity, postedAt, returned, isFba);
        return
        [
            new AmazonRefund(
                AdjustmentItemId: random.Digits(14),
                PostedAt: postedAt,
                Item: item,
                Quantity: quantity,
                Principal: -Money.Share(item.ItemPrice, quantity, item.Quantity),
                Tax: -Money.Share(item.ItemTax, quantity, item.Quantity),
                PromotionReturned: Money.Share(item.PromotionDiscount, quantity, item.Quantity),
                CommissionReturned: commissionReturned,
                RefundCommission: FeeSchedule.RefundCommission(commissionReturned),
                Return: returned,
                Reimbursement: reimbursement)
            {
                OmitsMarketplaceName = OmitsMarketplaceName(marketplace, orderId),
            },
        ];
    }

    private static AmazonReturn CreateReturn(SeededRandom random, AmazonMarketplace marketplace, int quantity, DateTimeOffset postedAt)
    {
        var disposition = Dispositions[random.PickWeighted(DispositionWeights)];
        return new AmazonReturn(
            ReturnedAt: postedAt + TimeSpan.FromHours(random.Next(2, 5 * 24)),
            Quantity: quantity,
            FulfillmentCenterId: random.Pick(marketplace.FulfillmentCenters),
            Disposition: disposition,
            Reason: random.Pick(Reasons),
            Status: disposition == "SELLABLE" ? "Unit returned to inventory" : "Unit returned to inventory (unsellable)",
            LicensePlateNumber: "LPN" + random.Alphanumeric(9));
    }

    // Amazon leaves MarketplaceName off some European refund events; chosen by a hash, not a draw, so no other value moves.
    private static bool OmitsMarketplaceName(AmazonMarketplace marketplace, string orderId) =>
        AmazonMarketplace.Europe.Contains(marketplace) && StableHash.Of(orderId) % 3 == 0;

    private static Reimbursement? PlanReimbursement(
        SeededRandom random, AmazonMarketplace marketplace, string orderId, Product product, int quantity, DateTimeOffset postedAt, AmazonReturn? returned, bool isFba)
    {
        var warehouseDamage = returned is { Disposition: "DAMAGED" or "CARRIER_DAMAGED" } && random.Chance(0.7);
        var neverReturned = isFba && returned is null && random.Chance(0.6);
        if (!warehouseDamage && !neverReturned)
        {
            return null;
        }

        var approvedAt = warehouseDamage
            ? returned!.ReturnedAt + TimeSpan.FromDays(random.Next(5, 20))
            : postedAt + TimeSpan.FromDays(random.Next(45, 60));
        return new Reimbursement(
            ReimbursementId: random.Digits(10),
            CaseId: random.Chance(0.5) ? random.Digits(10) : string.Empty,
            ApprovedAt: approvedAt,
            Reason: warehouseDamage ? "Damaged_Warehouse" : "CustomerReturn",
            AmazonOrderId: orderId,
            Product: product,
            Quantity: quantity,
            AmountPerUnit: marketplace.Price(Money.Round(product.BasePrice * 0.55m)))
        {
            Marketplace = marketplace,
        };
    }
}
