using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>One product's orders and traffic on one day.</summary>
internal sealed record ProductDay(Product Product, int Units, decimal Sales, int OrderItems, DailyTraffic Traffic);
