using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>The sandbox's stand-in for S3: serves gzip report documents at pre-signed URLs (no access token; 403 once expired).</summary>
internal static class ReportDocumentsApi
{
    public static void MapReportDocuments(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/amazon-documents/{documentId}", Download);

    private static IResult Download(HttpContext http, string documentId, SellerRegistry sellers, ReportStore reports, DocumentUrlSigner signer)
    {
        var query = http.Request.Query;
        var sellerId = query["seller"].ToString();
        var expires = query["X-Amz-Expires"].ToString();
        if (!signer.IsGenuine(sellerId, documentId, expires, query["X-Amz-Signature"].ToString()))
        {
            return Denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
        }

        if (signer.IsExpired(expires))
        {
            return Denied("AccessDenied", "Request has expired");
        }

        var seller = sellers.Find(sellerId);
        var report = seller is null ? null : reports.FindByDocument(seller, documentId);
        if (seller is null || report is null)
        {
            return TypedResults.NotFound();
        }

        var document = reports.Document(seller, report);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(document.Content);
        }

        return TypedResults.File(compressed.ToArray(), document.ContentType);
    }

    private static IResult Denied(string code, string message) => TypedResults.Content(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>",
        "application/xml",
        null,
        StatusCodes.Status403Forbidden);
}
