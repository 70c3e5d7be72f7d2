using Sellmetrics.Mappers.Amazon;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Mappers.Tests.Amazon;

public sealed class AccountFinancialEventsTests
{
    private const string Germany = "A1PA6795UKMFR9";
    private const string France = "A13V1IB3VIYZZH";
    private const string Italy = "APJ6JRA9NG5V4";
    private const string UnitedKingdom = "A1F83G8C2ARO7P";
    private static readonly string[] Tracked = [Germany, France, Italy, UnitedKingdom];
    private static readonly DateOnly PostedOn = new(2026, 11, 3);
    private static readonly DateTimeOffset Posted = new(2026, 11, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachEurOrderLineGoesToItsOwnMarketplaceAndTheSubscriptionIsChargedOnce()
    {
        FinancialEvents page = new(
            [Sale("302-DE", "Amazon.de", -3.00m, "EUR"), Sale("402-FR", "Amazon.fr", -4.00m, "EUR"), Sale("403-IT", null, -5.00m, "EUR"),
                Sale("202-UK", "Amazon.co.uk", -6.00m, "GBP")],
            null,
            null,
            null,
            [Subscription(-39.00m, "EUR"), Subscription(-25.00m, "GBP")],
            null);

        var batches = AccountFinancialEvents.From([page], PostedOn, Tracked, order => order == "403-IT" ? Italy : null);
        var byMarketplace = batches.ToDictionary(b => b.Marketplace);

        Assert.Equal(-3.00m, Assert.Single(byMarketplace[Germany].Fees).Amount);
        Assert.Equal(-4.00m, Assert.Single(byMarketplace[France].Fees).Amount);
        Assert.Equal(-5.00m, Assert.Single(byMarketplace[Italy].Fees).Amount);
        Assert.Equal(("GBP", -6.00m), (Assert.Single(byMarketplace[UnitedKingdom].Fees).Currency, byMarketplace[UnitedKingdom].Fees[0].Amount));
        var subscriptions = batches.SelectMany(b => b.ServiceFees).ToList();
        Assert.Equal([("EUR", -39.00m), ("GBP", -25.00m)], subscriptions.Select(f => (f.Currency, f.Amount)).Order());
        Assert.Equal(UnitedKingdom, Assert.Single(batches, b => b.ServiceFees.Any(f => f.Currency == "GBP")).Marketplace);
    }

    [Fact]
    public void LinesOfAMarketplaceTheSellerDoesNotTrackAreLeftOut()
    {
        FinancialEvents page = new([Sale("502-ES", "Amazon.es", -7.00m, "EUR")], null, null, null, [Subscription(-10.00m, "SEK")], null);

        var batches = AccountFinancialEvents.From([page], PostedOn, Tracked, _ => null);

        Assert.All(batches, b => Assert.Equal(0, b.Count));
    }

    [Fact]
    public void ARefundWithoutAStorefrontGoesToItsOrdersMarketplaceAndOneWithNeitherIsLeftOut()
    {
        FinancialEvents page = new(null, [Refund("405-IT", -12.00m), Refund("999-UNKNOWN", -8.00m)], null, null, null, null);

        var batches = AccountFinancialEvents.From([page], PostedOn, Tracked, order => order == "405-IT" ? Italy : null);

        Assert.Equal(Italy, Assert.Single(batches, b => b.Count > 0).Marketplace);
        Assert.Equal(("405-IT", -12.00m), Assert.Single(batches.Single(b => b.Marketplace == Italy).Refunds) is var r ? (r.OrderId, r.Principal) : default);
    }

    [Fact]
    public void AnAccountLevelFeeGoesToTheFirstTrackedMarketplaceOfItsCurrencyTheHomeOneWhenItSharesIt()
    {
        FinancialEvents page = new(null, null, null, null, [Subscription(-39.00m, "EUR")], null);

        var franceFirst = AccountFinancialEvents.From([page], PostedOn, [France, Germany, UnitedKingdom], _ => null);
        var ukFirst = AccountFinancialEvents.From([page], PostedOn, [UnitedKingdom, Italy, Germany], _ => null);

        Assert.Equal(France, Assert.Single(franceFirst, b => b.ServiceFees.Count > 0).Marketplace);
        Assert.Equal(Italy, Assert.Single(ukFirst, b => b.ServiceFees.Count > 0).Marketplace);
        Assert.Equal(-39.00m, Assert.Single(ukFirst.SelectMany(b => b.ServiceFees)).Amount);
    }

    private static ShipmentEvent Sale(string order, string? storefront, decimal fee, string currency) =>
        new(order, null, storefront, null, Posted, null, null, null, null, null, null,
            [new ShipmentItem("MUG-01", "1", null, 1, null, null, [new FeeComponent("Commission", new FinanceAmount(currency, fee))], null, null, null, null, null)], null);

    private static ShipmentEvent Refund(string order, decimal principal) =>
        new(order, null, null, null, Posted, null, null, null, null, null, null, null,
            [new ShipmentItem("MUG-01", null, "1", null, null, [new ChargeComponent("Principal", new FinanceAmount("EUR", principal))], null, null, null, null, null, null)]);

    private static ServiceFeeEvent Subscription(decimal amount, string currency) =>
        new(null, "Subscription", [new FeeComponent("Subscription", new FinanceAmount(currency, amount))], null, null, "Subscription", null, null);
}
