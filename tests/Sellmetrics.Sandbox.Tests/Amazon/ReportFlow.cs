using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

/// <summary>Requests a report, lets sandbox time pass until it is done, and downloads and gunzips its document.</summary>
public static class ReportFlow
{
    public static async Task<string> CreateAsync(SandboxApp sandbox, string token, object specification)
    {
        using var created = await sandbox.SpApiAsync(token, "/reports/2021-06-30/reports", HttpMethod.Post, JsonContent.Create(specification));
        var text = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, created.StatusCode);
        return JsonDocument.Parse(text).RootElement.GetProperty("reportId").GetString()!;
    }

    public static async Task<JsonElement> ReportAsync(SandboxApp sandbox, string token, string reportId) =>
        JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/reports/2021-06-30/reports/{reportId}")).RootElement;

    public static async Task<string> DocumentAsync(SandboxApp sandbox, string token, string documentId)
    {
        var document = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/reports/2021-06-30/documents/{documentId}")).RootElement;
        Assert.Equal("GZIP", document.GetProperty("compressionAlgorithm").GetString());
        using var plain = new HttpClient();
        var compressed = await plain.GetByteArrayAsync(document.GetProperty("url").GetString(), TestContext.Current.CancellationToken);
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<string> RunAsync(SandboxApp sandbox, string token, object specification)
    {
        var reportId = await CreateAsync(sandbox, token, specification);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var report = await ReportAsync(sandbox, token, reportId);
        Assert.Equal("DONE", report.GetProperty("processingStatus").GetString());
        return await DocumentAsync(sandbox, token, report.GetProperty("reportDocumentId").GetString()!);
    }

    public static List<Dictionary<string, string>> Rows(string tsv)
    {
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second))];
    }
}
