namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>A generated report document: its uncompressed bytes, content type, and whether it has any data rows.</summary>
internal sealed record ReportDocument(byte[] Content, string ContentType, bool HasData);
