namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>Where to download a report (a pre-signed URL, valid for minutes) and whether it is gzip-compressed.</summary>
public sealed record ReportDocument(string ReportDocumentId, Uri Url, string? CompressionAlgorithm)
{
    public override string ToString() => $"ReportDocument {{ ReportDocumentId = {ReportDocumentId}, CompressionAlgorithm = {CompressionAlgorithm} }}";
}
