using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Tests.Reports;

public sealed class ReportDocumentDownloaderTests
{
    [Fact]
    public async Task AGzipDocumentIsDecompressedAndDecoded()
    {
        var text = "sku\tquantity\nSKU-Ü\t3\n";
        var downloader = Downloader(Gzip(Encoding.UTF8.GetBytes(text)), "text/plain; charset=UTF-8");

        var downloaded = await downloader.DownloadTextAsync(Document("GZIP"), TestContext.Current.CancellationToken);

        Assert.Equal(text, downloaded);
    }

    [Fact]
    public async Task APlainDocumentIsReadAsIs()
    {
        var downloader = Downloader(Encoding.UTF8.GetBytes("a\tb\n"), "text/plain");

        Assert.Equal("a\tb\n", await downloader.DownloadTextAsync(Document(null), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheCharsetOfTheDownloadDecidesTheDecodingIncludingJavaStyleNames()
    {
        var latin = new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9 };
        var downloader = Downloader(Gzip(latin), "text/plain; charset=Cp1252");

        Assert.Equal("café", await downloader.DownloadTextAsync(Document("GZIP"), TestContext.Current.CancellationToken));
    }

    private static ReportDocument Document(string? compression) => new("doc-1", new Uri("https://documents.example/doc-1"), compression);

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static ReportDocumentDownloader Downloader(byte[] body, string contentType) =>
        new(new StubHttpClientFactory(new StubHandler(_ =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        })));
}
