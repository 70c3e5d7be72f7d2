using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart reconciliation reports: available dates (MMDDYYYY), the file (a ZIP holding one CSV), and its JSON form.</summary>
internal static class WalmartReportsApi
{
    public static void MapWalmartReportsApi(this RouteGroupBuilder walmart)
    {
        walmart.MapGet("/v3/report/reconreport/availableReconFiles", AvailableDates).WithMetadata(new WalmartOperation("availableReconFiles"));
        walmart.MapGet("/v3/report/reconreport/reconFile", ReconFile).WithMetadata(new WalmartOperation("reconFile"));
        walmart.MapGet("/v3/report/reconreport/reconFileJson", ReconFileJson).WithMetadata(new WalmartOperation("reconFileJson"));
    }

    private static IResult AvailableDates(HttpContext http, SandboxClock clock) =>
        SandboxJson.Json(new { availableApReportDates = WalmartReconRows.Cycles(http.Seller(), clock.UtcNow).Select(WalmartReconRows.ReportDate).Reverse() });

    private static IResult ReconFile(HttpContext http, SandboxClock clock)
    {
        var seller = http.Seller();
        var reportDate = http.Request.Query["reportDate"].ToString();
        if (WalmartReconRows.Cycles(seller, clock.UtcNow).FirstOrDefault(c => WalmartReconRows.ReportDate(c) == reportDate) is not { } cycle)
        {
            return WalmartErrors.NotFound("reportDate", $"No reconciliation report for {reportDate}.");
        }

        var csv = new StringBuilder().AppendJoin(',', WalmartReconRows.Columns.Select(Quote)).Append('\n');
        foreach (var row in WalmartReconRows.For(seller, cycle, clock.UtcNow))
        {
            csv.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry($"{seller.WalmartPartnerId}_{reportDate}.csv").Open(), new UTF8Encoding(false));
            entry.Write(csv.ToString());
        }

        var stamp = clock.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return TypedResults.File(zip.ToArray(), "application/octet-stream", $"{seller.WalmartPartnerId}_{stamp}.zip");
    }

    private static IResult ReconFileJson(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var seller = http.Seller();
        if (!WalmartQuery.TryInt(query, "offset", 0, 0, int.MaxValue, out var offset) || !WalmartQuery.TryInt(query, "noOfRecords", 1000, 1, 1000, out var count))
        {
            return WalmartErrors.InvalidParam("noOfRecords", "offset and noOfRecords (at most 1000) must be whole numbers.");
        }

        var reportDate = query["reportDate"].ToString();
        if (WalmartReconRows.Cycles(seller, clock.UtcNow).FirstOrDefault(c => WalmartReconRows.ReportDate(c) == reportDate) is not { } cycle)
        {
            return WalmartErrors.NotFound("reportDate", $"No reconciliation report for {reportDate}.");
        }

        var rows = WalmartReconRows.For(seller, cycle, clock.UtcNow);
        return SandboxJson.Json(new
        {
            reportData = rows.Skip(offset).Take(count).Select(r => WalmartReconRows.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second ?? string.Empty)),
            nextOffset = offset + count < rows.Count ? offset + count : (int?)null,
            totalRecords = rows.Count,
            description = $"Number of Lines in file {rows.Count}",
        });
    }

    private static string Quote(string? cell) =>
        cell is null ? string.Empty : cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
