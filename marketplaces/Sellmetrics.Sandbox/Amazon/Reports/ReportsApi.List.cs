using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>getReports: filters, newest first, and a nextToken that must be sent alone (it carries the original query).</summary>
internal static partial class ReportsApi
{
    private static IResult GetReports(HttpContext http, ReportStore reports, SandboxClock clock)
    {
        var query = http.Request.Query;
        var offset = 0;
        if (query["nextToken"].ToString() is { Length: > 0 } nextToken)
        {
            if (query.Count > 1 || !TryDecode(nextToken, out offset, out query))
            {
                return SpApiErrors.InvalidInput(http, "nextToken must be sent alone, exactly as it was received.");
            }
        }

        var types = SpApiQuery.List(query, "reportTypes");
        if (types.Count == 0)
        {
            return SpApiErrors.InvalidInput(http, "Either reportTypes or nextToken is required.");
        }

        var now = clock.UtcNow;
        if (!SpApiQuery.TryInt(query, "pageSize", 10, 1, 100, out var size)
            || !SpApiQuery.TryDate(query, "createdSince", out var since) || !SpApiQuery.TryDate(query, "createdUntil", out var until))
        {
            return SpApiErrors.InvalidInput(http, "pageSize must be 1-100 and dates ISO 8601.");
        }

        var statuses = SpApiQuery.List(query, "processingStatuses");
        var marketplaceIds = SpApiQuery.List(query, "marketplaceIds");
        var seller = http.Seller();
        var matching = reports.All(seller)
            .Where(r => types.Contains(r.ReportType) && r.CreatedTime >= (since ?? now.AddDays(-90)) && r.CreatedTime <= (until ?? now))
            .Where(r => marketplaceIds.Count == 0 || r.MarketplaceIds.Any(marketplaceIds.Contains))
            .Select(r => (Report: r, Status: reports.Status(seller, r)))
            .Where(x => statuses.Count == 0 || statuses.Contains(x.Status))
            .OrderByDescending(x => x.Report.CreatedTime)
            .ToList();
        var original = http.Request.Query["nextToken"].Count > 0 ? query : http.Request.Query;
        var page = matching.Skip(offset).Take(size).Select(x => ReportJson.Report(x.Report, x.Status, clock));
        var next = offset + size < matching.Count ? Encode(offset + size, original) : null;
        return SandboxJson.Json(new { reports = page, nextToken = next });
    }

    private static string Encode(int offset, IQueryCollection query) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(offset + "\n" + string.Join('&', query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value.ToString())))));

    private static bool TryDecode(string token, out int offset, out IQueryCollection query)
    {
        offset = 0;
        query = QueryCollection.Empty;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n', 2);
            query = new QueryCollection(QueryHelpers.ParseQuery(parts.Length == 2 ? parts[1] : string.Empty));
            return parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
