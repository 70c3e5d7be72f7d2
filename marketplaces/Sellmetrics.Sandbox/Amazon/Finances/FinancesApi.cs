using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Paging;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Finances;

/// <summary>Finances v0: listFinancialEvents and listFinancialEventGroups.</summary>
internal static class FinancesApi
{
    public static readonly RateLimit ListEvents = new("listFinancialEvents", 0.5, 30);
    public static readonly RateLimit ListGroups = new("listFinancialEventGroups", 0.5, 30);

    public static void MapFinancesApi(this RouteGroupBuilder spApi)
    {
        spApi.MapGet("/finances/v0/financialEvents", ListFinancialEvents).WithMetadata(ListEvents);
        spApi.MapGet("/finances/v0/financialEventGroups", ListFinancialEventGroups).WithMetadata(ListGroups);
    }

    private static IResult ListFinancialEvents(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var now = clock.UtcNow;
        var latest = SpApiQuery.Latest(now);
        if (!SpApiQuery.TryDate(query, "PostedAfter", out var postedAfter) || !SpApiQuery.TryDate(query, "PostedBefore", out var postedBefore))
        {
            return SpApiErrors.InvalidInput(http, "Dates must be in ISO 8601 format.");
        }

        if (!SpApiQuery.TryInt(query, "MaxResultsPerPage", 100, 1, 100, out var size))
        {
            return SpApiErrors.InvalidInput(http, "MaxResultsPerPage must be between 1 and 100.");
        }

        if (!PageToken.TryRead(query, "NextToken", out var fingerprint, out var token))
        {
            return SpApiErrors.InvalidInput(http, "Invalid NextToken: it does not belong to this query.");
        }

        if (postedAfter is not { } after)
        {
            return SpApiErrors.InvalidInput(http, "PostedAfter is required.");
        }

        if (token is null && (after > latest || postedBefore > latest))
        {
            return SpApiErrors.InvalidInput(http, "PostedAfter and PostedBefore must be at least 2 minutes before the time of the request.");
        }

        var before = token?.UpperBound ?? SpApiQuery.WholeSeconds(postedBefore ?? latest);
        if (before <= after)
        {
            return SpApiErrors.InvalidInput(http, "PostedBefore must be later than PostedAfter.");
        }

        var events = before - after > TimeSpan.FromDays(180) ? [] : http.Seller().Amazon.EventsPostedBetween(after, before, now);
        var page = Page<FinancialEvent>.Cut(events, token?.Offset ?? 0, size, offset => new PageToken(fingerprint, offset, before.ToUnixTimeSeconds()).Encode());
        return SandboxJson.Json(new
        {
            payload = new
            {
                page.NextToken,
                FinancialEvents = FinancialEventsJson.Build(page.Items, http.Seller().StoreName),
            },
        });
    }

    private static IResult ListFinancialEventGroups(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var now = clock.UtcNow;
        if (!SpApiQuery.TryDate(query, "FinancialEventGroupStartedAfter", out var startedAfter)
            || !SpApiQuery.TryDate(query, "FinancialEventGroupStartedBefore", out var startedBefore))
        {
            return SpApiErrors.InvalidInput(http, "Dates must be in ISO 8601 format.");
        }

        if (!SpApiQuery.TryInt(query, "MaxResultsPerPage", 10, 1, 100, out var size))
        {
            return SpApiErrors.InvalidInput(http, "MaxResultsPerPage must be between 1 and 100.");
        }

        if (!PageToken.TryRead(query, "NextToken", out var fingerprint, out var token))
        {
            return SpApiErrors.InvalidInput(http, "Invalid NextToken: it does not belong to this query.");
        }

        var after = startedAfter ?? now.AddDays(-90);
        if (token is null && after > now.AddMinutes(-2))
        {
            return SpApiErrors.InvalidInput(http, "FinancialEventGroupStartedAfter must be at least 2 minutes before the time of the request.");
        }

        var before = token?.UpperBound ?? SpApiQuery.WholeSeconds(startedBefore ?? now);
        var seller = http.Seller();
        var settlements = before - after > TimeSpan.FromDays(180) || before <= after
            ? []
            : AmazonSettlement.StartingBetween(seller.Seed, seller.Region, after, before).ToList();
        var page = Page<AmazonSettlement>.Cut(settlements, token?.Offset ?? 0, size, offset => new PageToken(fingerprint, offset, before.ToUnixTimeSeconds()).Encode());
        return SandboxJson.Json(new
        {
            payload = new
            {
                page.NextToken,
                FinancialEventGroupList = page.Items.Select(s => Group(s, s.Total(seller.Amazon, now), now)),
            },
        });
    }

    // One group per settlement: a North American seller's US one (its Canadian events are listed but never settle), a
    // European seller's one per marketplace, each in its currency.
    private static object Group(AmazonSettlement settlement, decimal total, DateTimeOffset now)
    {
        var period = settlement.Period;
        var currency = settlement.Currency;
        var closed = period.IsClosedAt(now);
        return new
        {
            FinancialEventGroupId = settlement.Id,
            ProcessingStatus = closed ? "Closed" : "Open",
            FundTransferStatus = !closed ? null : period.FundTransferAt <= now ? "Succeeded" : "Processing",
            OriginalTotal = FinancialEventsJson.Currency(total, currency),
            ConvertedTotal = closed ? FinancialEventsJson.Currency(total, currency) : null,
            FundTransferDate = closed && period.FundTransferAt <= now ? SandboxJson.Iso(period.FundTransferAt) : null,
            TraceId = closed ? period.Id + "T" : null,
            AccountTail = "042",
            BeginningBalance = FinancialEventsJson.Currency(0m, currency),
            FinancialEventGroupStart = SandboxJson.Iso(period.Start),
            FinancialEventGroupEnd = closed ? SandboxJson.Iso(period.End) : null,
        };
    }
}
