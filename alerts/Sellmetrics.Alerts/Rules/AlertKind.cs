namespace Sellmetrics.Alerts.Rules;

/// <summary>The conditions a seller can opt into being alerted about.</summary>
public enum AlertKind
{
    /// <summary>A listing's conversion rate on a day fell by at least the threshold (percent) below its trailing 14-day rate.</summary>
    ConversionDrop,

    /// <summary>A watched attribute of a listing changed.</summary>
    ListingChanged,

    /// <summary>Another seller won a listing's Buy Box.</summary>
    BuyBoxLost,

    /// <summary>A product's stock covers fewer days (the threshold) of its last 30 days' sales.</summary>
    LowStock,

    /// <summary>The share of units refunded over the last 7 days rose above the threshold (percent) and its 30-day rate before.</summary>
    RefundRateSpike,

    /// <summary>A product's net margin over the last 7 days fell below the threshold (percent).</summary>
    MarginBelow,

    /// <summary>A marketplace connection's pulls keep failing.</summary>
    SyncFailing,

    /// <summary>A marketplace revoked the seller's authorization.</summary>
    AuthorizationRevoked,
}
