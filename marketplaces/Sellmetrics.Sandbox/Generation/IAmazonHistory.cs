namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// What the SP-API endpoints ask of a seller's Amazon history, always "as of" an instant: generated from a seed
/// (<see cref="AmazonHistory"/>) or scripted by a test (<see cref="Scripting.ScriptedAmazonHistory"/>).
/// </summary>
internal interface IAmazonHistory
{
    /// <summary>How many days after its purchase day an order may still ship or be cancelled (so change its LastUpdateDate).</summary>
    int ShipWithinDays { get; }

    /// <summary>Adds an order created now (live mode or the control API).</summary>
    void AddLive(AmazonOrder order);

    /// <summary>Visible orders that start on days in [from, to], in purchase order.</summary>
    IEnumerable<AmazonOrder> OrdersStartingBetween(DateOnly from, DateOnly to, DateTimeOffset asOf);

    /// <summary>The visible order with this id, or null.</summary>
    AmazonOrder? FindOrder(string amazonOrderId, DateTimeOffset asOf);

    /// <summary>Financial events posted in [from, to) and visible as of <paramref name="asOf"/>, oldest first.</summary>
    IReadOnlyList<FinancialEvent> EventsPostedBetween(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf);

    /// <summary>FBA returns received in [from, to) and visible as of <paramref name="asOf"/>, oldest first.</summary>
    IEnumerable<(AmazonOrder Order, AmazonRefund Refund, AmazonReturn Return)> ReturnsBetween(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf);

    /// <summary>A product's sessions and page views in a marketplace on a day on which it sold <paramref name="unitsOrdered"/> units.</summary>
    DailyTraffic TrafficOn(Product product, AmazonMarketplace marketplace, DateOnly day, int unitsOrdered);

    /// <summary>A product's FBA stock for a marketplace as of <paramref name="now"/> (marketplaces sharing a fulfillment network share it).</summary>
    StockLevel StockAsOf(Product product, AmazonMarketplace marketplace, DateTimeOffset now);
}
