using System.IO.Compression;
using System.Text;

namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>
/// Downloads a report document from its pre-signed URL (no SP-API access token), gunzips it when
/// <c>compressionAlgorithm</c> is GZIP, and decodes it with the charset the download declares.
/// </summary>
internal sealed class ReportDocumentDownloader(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "Sellmetrics.Amazon.ReportDocuments";

    static ReportDocumentDownloader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<string> DownloadTextAsync(ReportDocument document, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var response = await http.GetAsync(document.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var bytes = IsGzip(document) ? Gunzip(body) : body;
        return Decode(bytes, response.Content.Headers.ContentType?.CharSet);
    }

    internal static bool IsGzip(ReportDocument document) =>
        string.Equals(document.CompressionAlgorithm, "GZIP", StringComparison.OrdinalIgnoreCase);

    internal static byte[] Gunzip(byte[] compressed)
    {
        using var input = new MemoryStream(compressed);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    internal static string Decode(byte[] bytes, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                var name = charset.Trim('"');
                // Amazon names Windows code pages the Java way ("Cp1252").
                encoding = Encoding.GetEncoding(name.StartsWith("Cp", StringComparison.OrdinalIgnoreCase) ? $"windows-{name[2..]}" : name);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: UTF-8 is what most documents are.
            }
        }

        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
