using Sellmetrics.Data.Facts;
using Sellmetrics.Marketplaces;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Walmart;

namespace Sellmetrics.Grains.Connections;

/// <summary>What a connection's pulls work with: the marketplace clients and their call counts, the fact store and the dispatcher.</summary>
public sealed record PullServices(
    IAmazonSellerApiFactory Amazon,
    IWalmartSellerApiFactory Walmart,
    MarketplaceCallStatistics Statistics,
    FactStore Store,
    FactReader Facts,
    FactDispatcher Dispatcher);
