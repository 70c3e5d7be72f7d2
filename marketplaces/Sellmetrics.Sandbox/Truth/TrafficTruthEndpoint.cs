using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Sandbox.Amazon.Reports;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// <c>GET /sandbox/control/sellers/{sellerId}/truth/traffic?from&amp;to[&amp;marketplaceId][&amp;asOf]</c>: per listing and
/// UTC day (days before <c>asOf</c>'s, as reports serve them), the final sales and traffic and those served as of
/// <c>asOf</c> (default now), in one marketplace (default the seller's home marketplace).
/// </summary>
internal static class TrafficTruthEndpoint
{
    private const int MaxDays = 93;
    private const int MaxAsOfOffsetDays = 1000;

    public static Results<Ok<IReadOnlyList<TrafficTruthRow>>, NotFound, ValidationProblem> Get(
        string sellerId, DateOnly? from, DateOnly? to, string? marketplaceId, DateTimeOffset? asOf, SellerRegistry sellers, SandboxClock clock)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber >= MaxDays)
        {
            errors["from"] = [$"from and to are days (yyyy-MM-dd), from ≤ to, at most {MaxDays} days."];
        }

        var marketplace = marketplaceId is null ? seller.Region.Home : seller.Region.ListedIn(marketplaceId);
        if (marketplace is null)
        {
            errors["marketplaceId"] = ["The seller does not sell in this marketplace."];
        }

        var now = asOf ?? clock.UtcNow;
        if ((now - clock.UtcNow).Duration() > TimeSpan.FromDays(MaxAsOfOffsetDays)
            || (from is { } first && Math.Abs(first.DayNumber - DateOnly.FromDateTime(clock.UtcNow.UtcDateTime).DayNumber) > MaxAsOfOffsetDays))
        {
            errors["asOf"] = [$"asOf and from are within {MaxAsOfOffsetDays} days of the sandbox's now."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rows = new List<TrafficTruthRow>();
        for (var day = from!.Value; day <= to!.Value && day < today; day = day.AddDays(1))
        {
            var final = SalesDay.Final(seller, marketplace!, day, now);
            var served = final.AsOf(seller, now);
            rows.AddRange(final.ByProduct.Zip(served.ByProduct).Select(pair => new TrafficTruthRow(
                marketplace!.Id, day, pair.First.Product.Sku, pair.First.Product.Asin, now,
                TrafficRestatement.IsSettled(day, now), TrafficRestatement.SettlesAt(day), Figures(pair.First), Figures(pair.Second))));
        }

        return TypedResults.Ok<IReadOnlyList<TrafficTruthRow>>(rows);
    }

    private static TrafficFigures Figures(ProductDay day) => new(
        day.Traffic.Sessions,
        day.Traffic.BrowserSessions,
        day.Traffic.MobileSessions,
        day.Traffic.PageViews,
        day.Traffic.BrowserPageViews,
        day.Traffic.MobilePageViews,
        Math.Round(day.Traffic.BuyBoxPercentage, 2),
        day.Units,
        Money.Round(day.Sales),
        day.OrderItems,
        day.Traffic.Sessions == 0 ? 0m : Math.Round(100m * day.Units / day.Traffic.Sessions, 2));
}
