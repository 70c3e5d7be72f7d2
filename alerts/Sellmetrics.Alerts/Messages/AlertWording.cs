using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Messages;

/// <summary>Each kind's headline and the page that shows what it is about.</summary>
public static class AlertWording
{
    public static string Title(AlertKind kind, string subject) => kind switch
    {
        AlertKind.ConversionDrop => $"Conversion dropped: {subject}",
        AlertKind.ListingChanged => $"Listing changed: {subject}",
        AlertKind.BuyBoxLost => $"Buy Box lost: {subject}",
        AlertKind.LowStock => $"Low stock: {subject}",
        AlertKind.RefundRateSpike => $"Refund rate up: {subject}",
        AlertKind.MarginBelow => $"Margin below your floor: {subject}",
        AlertKind.SyncFailing => $"Marketplace sync failing: {subject}",
        AlertKind.AuthorizationRevoked => $"Marketplace authorization revoked: {subject}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string PagePath(AlertKind kind, string subject) => kind switch
    {
        AlertKind.ConversionDrop or AlertKind.ListingChanged or AlertKind.BuyBoxLost => $"/cvr.html?sku={Uri.EscapeDataString(subject)}",
        AlertKind.LowStock or AlertKind.RefundRateSpike or AlertKind.MarginBelow => $"/products.html?sku={Uri.EscapeDataString(subject)}",
        AlertKind.SyncFailing or AlertKind.AuthorizationRevoked => "/connections.html",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
