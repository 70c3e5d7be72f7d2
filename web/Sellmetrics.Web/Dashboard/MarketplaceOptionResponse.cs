using Sellmetrics.Grains.Dashboard;

namespace Sellmetrics.Web.Dashboard;

/// <summary>A marketplace the dashboard's picker offers: its id and the name sellers know it by.</summary>
public sealed record MarketplaceOptionResponse(string MarketplaceId, string Name)
{
    public static MarketplaceOptionResponse From(MarketplaceOption option) => new(option.MarketplaceId, option.Name);
}
