using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;
using Sellmetrics.Sandbox.Walmart.History;

namespace Sellmetrics.Sandbox.Control;

/// <summary>Creates orders "now" for a seller (live mode and the control API); they ship after a few scaled minutes.</summary>
internal sealed class LiveOrders(SandboxClock clock)
{
    public AmazonOrder Create(Seller seller, Product? product = null, int? quantity = null, TimeSpan placedAgo = default, AmazonMarketplace? marketplace = null)
    {
        var random = seller.NextLiveRandom();
        var placedIn = marketplace ?? seller.Region.PickOrderMarketplace(random);
        var order = AmazonOrderFactory.Create(random, seller.Catalog, clock.UtcNow - placedAgo, OrderTiming.Live(clock.TimeScale), product, quantity, placedIn);
        seller.Amazon.AddLive(order);
        return order;
    }

    public WalmartOrder CreateWalmart(Seller seller)
    {
        var order = WalmartOrderFactory.Create(seller.NextLiveRandom(), seller.Walmart.Products, seller.Catalog, clock.UtcNow, clock.TimeScale);
        seller.Walmart.AddLive(order);
        return order;
    }
}
