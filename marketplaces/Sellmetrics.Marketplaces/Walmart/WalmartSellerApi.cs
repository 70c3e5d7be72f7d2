using System.Globalization;
using System.Runtime.CompilerServices;
using Refit;
using Sellmetrics.Marketplaces.Json;
using Sellmetrics.Marketplaces.Walmart.Inventory;
using Sellmetrics.Marketplaces.Walmart.Orders;
using Sellmetrics.Marketplaces.Walmart.Returns;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>The Walmart client of one seller: a Refit interface over an HTTP pipeline with the seller's token, buckets and retries.</summary>
internal sealed partial class WalmartSellerApi(HttpClient http, int pageSize) : IWalmartSellerApi
{
    private const string Marketplace = "Walmart";
    private const int WfsPageSize = 300;

    private readonly IWalmartApi _api = RestService.For<IWalmartApi>(http, new RefitSettings(new SystemTextJsonContentSerializer(MarketplaceJson.CamelCase)));

    public async IAsyncEnumerable<WalmartOrder> GetOrdersAsync(
        DateTimeOffset createdStartDate,
        DateTimeOffset? lastModifiedStartDate = null,
        string? shipNodeType = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = await Run(
            WalmartOperations.GetAllOrders.Name,
            () => _api.GetOrdersAsync(Iso(createdStartDate), null, Iso(lastModifiedStartDate), shipNodeType, pageSize, cancellationToken)).ConfigureAwait(false);
        while (true)
        {
            foreach (var order in page.List?.Elements?.Order ?? [])
            {
                yield return order;
            }

            var cursor = page.List?.Meta?.NextCursor;
            if (string.IsNullOrEmpty(cursor))
            {
                yield break;
            }

            page = await Run(WalmartOperations.GetAllOrders.Name, () => _api.GetOrdersPageAsync(WalmartCursor.Parse(cursor), cancellationToken)).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<WalmartReturnOrder> GetReturnsAsync(
        DateTimeOffset returnCreationStartDate, DateTimeOffset? returnCreationEndDate = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = await Run(
            WalmartOperations.GetReturns.Name,
            () => _api.GetReturnsAsync(Iso(returnCreationStartDate), Iso(returnCreationEndDate), pageSize, cancellationToken)).ConfigureAwait(false);
        while (true)
        {
            foreach (var returnOrder in page.ReturnOrders ?? [])
            {
                yield return returnOrder;
            }

            var cursor = page.Meta?.NextCursor;
            if (string.IsNullOrEmpty(cursor))
            {
                yield break;
            }

            page = await Run(WalmartOperations.GetReturns.Name, () => _api.GetReturnsPageAsync(WalmartCursor.Parse(cursor), cancellationToken)).ConfigureAwait(false);
        }
    }

    public Task<WalmartInventory?> GetInventoryAsync(string sku, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunOrNullAsync(Marketplace, WalmartOperations.GetInventory.Name, () => _api.GetInventoryAsync(sku, cancellationToken));

    public async IAsyncEnumerable<WfsInventoryItem> GetWfsInventoryAsync(
        DateTimeOffset? fromModifiedDate = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var offset = 0;
        while (true)
        {
            var at = offset;
            var page = await Run(
                WalmartOperations.GetWfsInventory.Name,
                () => _api.GetWfsInventoryAsync(Iso(fromModifiedDate), WfsPageSize, at, cancellationToken)).ConfigureAwait(false);
            var items = page.Payload?.Inventory ?? [];
            foreach (var item in items)
            {
                yield return item;
            }

            offset += items.Count;
            var total = page.Headers?.TotalCount;
            if (items.Count == 0 || (total is { } t && offset >= t) || (total is null && items.Count < WfsPageSize))
            {
                yield break;
            }
        }
    }

    private static Task<T> Run<T>(string operation, Func<Task<T>> call) => MarketplaceCalls.RunAsync(Marketplace, operation, call);

    private static string? Iso(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
