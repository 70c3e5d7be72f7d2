namespace Sellmetrics.Sandbox.Tests.Scripting;

/// <summary>
/// A small scripted seller, before <see cref="ManualClock.Start"/> (2026-06-15 12:00 UTC) except one order the next day:
/// a shipped, promoted, gift-wrapped US order refunded and returned; a cancelled US order; a shipped CAD order; service
/// fees, a reimbursement, stock and a day of traffic.
/// </summary>
public static class GoldenScript
{
    public const string Us = "ATVPDKIKX0DER";
    public const string Canada = "A2EUQ1WTGCTBG2";

    public static object For(long seed) => new
    {
        seed,
        storeName = "Golden Goods",
        products = new object[]
        {
            new { sku = "MUG-01", asin = "B0GOLD0001", title = "Golden Mug", price = 20.00m, fba = true },
            new { sku = "TEE-01", asin = "B0GOLD0002", title = "Golden Tee", price = 15.00m, fba = true },
        },
        amazonOrders = new object[]
        {
            new
            {
                orderId = "111-0000001-0000001",
                marketplaceId = Us,
                currency = "USD",
                purchasedAt = "2026-06-03T06:30:00Z",
                status = "Shipped",
                shippedAt = "2026-06-04T10:00:00Z",
                items = new[]
                {
                    new
                    {
                        sku = "MUG-01", quantity = 2, itemPrice = 40.00m, itemTax = 3.20m, shippingPrice = 4.99m, giftWrapPrice = 3.00m, giftWrapTax = 0.24m,
                        promotionDiscount = 5.00m, shippingDiscount = 4.99m, promotionId = "PROMO1",
                    },
                },
                fees = new[]
                {
                    new { sku = "MUG-01", feeType = "Commission", amount = -5.25m },
                    new { sku = "MUG-01", feeType = "FBAPerUnitFulfillmentFee", amount = -7.10m },
                },
                refunds = new[]
                {
                    new
                    {
                        sku = "MUG-01", postedAt = "2026-06-08T09:00:00Z", quantity = 1, principal = -20.00m, tax = -1.60m,
                        commissionReturned = 2.62m, refundCommission = -0.52m, promotionReturned = 2.50m,
                        @return = new { returnedAt = "2026-06-10T12:00:00Z", disposition = "SELLABLE" },
                    },
                },
            },
            new
            {
                orderId = "111-0000002-0000002",
                marketplaceId = Us,
                currency = "USD",
                purchasedAt = "2026-06-05T08:00:00Z",
                status = "Canceled",
                canceledAt = "2026-06-05T09:00:00Z",
                items = new[] { new { sku = "TEE-01", quantity = 1, itemPrice = 15.00m } },
            },
            new
            {
                orderId = "702-0000003-0000003",
                marketplaceId = Canada,
                currency = "CAD",
                purchasedAt = "2026-06-06T15:00:00Z",
                shippedAt = "2026-06-07T15:00:00Z",
                items = new[] { new { sku = "MUG-01", quantity = 1, itemPrice = 25.00m, itemTax = 3.25m } },
                fees = new[] { new { sku = "MUG-01", feeType = "Commission", amount = -3.75m } },
            },
            new
            {
                orderId = "111-0000004-0000004",
                purchasedAt = "2026-06-16T01:00:00Z",
                items = new[] { new { sku = "TEE-01", quantity = 3, itemPrice = 45.00m, itemTax = 3.60m } },
            },
        },
        serviceFees = new object[]
        {
            new { postedAt = "2026-06-01T08:00:00Z", feeType = "Subscription", amount = -39.99m, description = "Subscription Fee" },
            new { postedAt = "2026-06-07T08:00:00Z", feeType = "FBAStorageFee", sku = "MUG-01", amount = -12.34m, reason = "FBA Inventory Fee", description = "Storage Fee" },
        },
        reimbursements = new[]
        {
            new { postedAt = "2026-06-09T10:00:00Z", sku = "MUG-01", amount = 8.00m, quantity = 1, reason = "Lost_Warehouse", adjustmentType = "FBAInventoryReimbursement" },
        },
        inventory = new[] { new { sku = "MUG-01", fulfillable = 10, inboundShipped = 5, reserved = 1, customerDamaged = 1 } },
        traffic = new[] { new { sku = "MUG-01", day = "2026-06-03", sessions = 40, pageViews = 55, mobileSessions = 25, mobilePageViews = 30 } },
    };
}
