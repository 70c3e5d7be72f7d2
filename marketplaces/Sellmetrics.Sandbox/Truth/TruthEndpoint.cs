using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Truth;

/// <summary><c>GET /sandbox/control/sellers/{sellerId}/truth?from&amp;to&amp;timeZone</c>: the seller's ground truth per marketplace, day and SKU.</summary>
internal static class TruthEndpoint
{
    private const int MaxDays = 400;

    public static Results<Ok<IReadOnlyList<TruthRow>>, NotFound, ValidationProblem> Get(
        string sellerId, DateOnly? from, DateOnly? to, string? timeZone, SellerRegistry sellers, SandboxClock clock)
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

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? "UTC", out var zone))
        {
            errors["timeZone"] = ["Unknown time zone."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(SellerTruth.For(seller, from!.Value, to!.Value, zone!, clock.UtcNow));
    }
}
