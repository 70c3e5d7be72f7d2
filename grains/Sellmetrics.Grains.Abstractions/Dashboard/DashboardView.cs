using System.Text.Json.Serialization;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>What one dashboard connection watches: a range of reporting days, of one marketplace or (null) all.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.dashboard-view")]
public sealed record DashboardView(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Marketplace)
{
    [JsonIgnore]
    public DateRange Range => new(From, To);
}
