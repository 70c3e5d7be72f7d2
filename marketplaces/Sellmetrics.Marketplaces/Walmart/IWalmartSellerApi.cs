using Sellmetrics.Marketplaces.Walmart.Inventory;
using Sellmetrics.Marketplaces.Walmart.Items;
using Sellmetrics.Marketplaces.Walmart.Orders;
using Sellmetrics.Marketplaces.Walmart.Reports;
using Sellmetrics.Marketplaces.Walmart.Returns;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>
/// The Walmart Marketplace API as one seller sees it, obtained from <see cref="IWalmartSellerApiFactory"/>. Every call
/// waits for the seller's bucket, retries throttling and server faults, and throws
/// <see cref="Marketplaces.Auth.MarketplaceAuthorizationRevokedException"/> when the key pair is no longer accepted.
/// </summary>
public interface IWalmartSellerApi
{
    /// <summary>Orders created since <paramref name="createdStartDate"/> (Walmart keeps 180 days), optionally only those modified since a time, following nextCursor.</summary>
    IAsyncEnumerable<WalmartOrder> GetOrdersAsync(
        DateTimeOffset createdStartDate,
        DateTimeOffset? lastModifiedStartDate = null,
        string? shipNodeType = null,
        CancellationToken cancellationToken = default);

    /// <summary>Return orders created in the window, following nextCursor.</summary>
    IAsyncEnumerable<WalmartReturnOrder> GetReturnsAsync(
        DateTimeOffset returnCreationStartDate, DateTimeOffset? returnCreationEndDate = null, CancellationToken cancellationToken = default);

    /// <summary>Seller-fulfilled stock of one SKU; null when Walmart does not know the SKU.</summary>
    Task<WalmartInventory?> GetInventoryAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>WFS stock per SKU and ship node, following offsets.</summary>
    IAsyncEnumerable<WfsInventoryItem> GetWfsInventoryAsync(DateTimeOffset? fromModifiedDate = null, CancellationToken cancellationToken = default);

    /// <summary>The settlement cycles for which a reconciliation report exists.</summary>
    Task<IReadOnlyList<DateOnly>> GetAvailableReconReportDatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Downloads and parses the reconciliation report of one cycle.</summary>
    Task<IReadOnlyList<WalmartReconciliationLine>> GetReconReportAsync(DateOnly reportDate, CancellationToken cancellationToken = default);

    /// <summary>Every item of the seller, following nextCursor.</summary>
    IAsyncEnumerable<WalmartItem> GetItemsAsync(CancellationToken cancellationToken = default);
}
