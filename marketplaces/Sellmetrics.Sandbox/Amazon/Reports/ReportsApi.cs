using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>Reports 2021-06-30: createReport, getReports, getReport, getReportDocument.</summary>
internal static partial class ReportsApi
{
    public static readonly RateLimit CreateReportLimit = new("createReport", 0.0167, 15);
    public static readonly RateLimit GetReportsLimit = new("getReports", 0.0222, 10);
    public static readonly RateLimit GetReportLimit = new("getReport", 2, 15);
    public static readonly RateLimit GetReportDocumentLimit = new("getReportDocument", 0.0167, 15);

    public static void MapReportsApi(this RouteGroupBuilder spApi)
    {
        spApi.MapPost("/reports/2021-06-30/reports", CreateReport).WithMetadata(CreateReportLimit);
        spApi.MapGet("/reports/2021-06-30/reports", GetReports).WithMetadata(GetReportsLimit);
        spApi.MapGet("/reports/2021-06-30/reports/{reportId}", GetReport).WithMetadata(GetReportLimit);
        spApi.MapGet("/reports/2021-06-30/documents/{reportDocumentId}", GetReportDocument).WithMetadata(GetReportDocumentLimit);
    }

    private static async Task<IResult> CreateReport(HttpContext http, ReportStore reports, SandboxClock clock)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return SpApiErrors.InvalidInput(http, "The request body is not valid JSON.");
        }

        var reportType = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("reportType", out var t) ? t.GetString() : null;
        var marketplaceIds = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("marketplaceIds", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
            : [];
        if (reportType is null || marketplaceIds.Count == 0)
        {
            return SpApiErrors.InvalidInput(http, "reportType and marketplaceIds are required.");
        }

        if (MarketplaceCheck.Refusal(http, marketplaceIds) is { } refused)
        {
            return refused;
        }

        if (!ReportTypes.Requestable.Contains(reportType))
        {
            return SpApiErrors.InvalidInput(http, $"Report type {reportType} cannot be requested.");
        }

        var now = clock.UtcNow;
        if (!TryDate(body, "dataEndTime", now, out var end) || !TryDate(body, "dataStartTime", end.AddDays(-30), out var start) || start > end)
        {
            return SpApiErrors.InvalidInput(http, "dataStartTime and dataEndTime must be ISO 8601 dates, start before end.");
        }

        var options = body.TryGetProperty("reportOptions", out var o) && o.ValueKind == JsonValueKind.Object
            ? o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString())
            : [];
        var report = reports.Create(http.Seller(), reportType, marketplaceIds, start, end > now ? now : end, options);
        return SandboxJson.Json(new { reportId = report.ReportId }, StatusCodes.Status202Accepted);
    }

    private static IResult GetReport(HttpContext http, string reportId, ReportStore reports, SandboxClock clock)
    {
        var seller = http.Seller();
        return reports.Find(seller, reportId) is { } report
            ? SandboxJson.Json(ReportJson.Report(report, reports.Status(seller, report), clock))
            : SpApiErrors.NotFound(http, $"Report {reportId} was not found.");
    }

    private static IResult GetReportDocument(HttpContext http, string reportDocumentId, ReportStore reports, DocumentUrlSigner signer)
    {
        var seller = http.Seller();
        if (reports.FindByDocument(seller, reportDocumentId) is not { } report || reports.Status(seller, report) != "DONE")
        {
            return SpApiErrors.NotFound(http, $"Report document {reportDocumentId} was not found.");
        }

        return SandboxJson.Json(new
        {
            reportDocumentId,
            url = signer.Sign($"{http.Request.Scheme}://{http.Request.Host}", seller.SellerId, reportDocumentId),
            compressionAlgorithm = "GZIP",
        });
    }

    private static bool TryDate(JsonElement body, string name, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        return !body.TryGetProperty(name, out var element)
            || (element.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(
                element.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out value));
    }
}
