using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>Every figure the API shows for an imported sandbox seller equals the sandbox's own record, per day and per SKU, to the cent.</summary>
public sealed class GroundTruthTests(SandboxSyncApp60Days fixture) : IClassFixture<SandboxSyncApp60Days>
{
    private const string Walmart = "WALMART_US";
    private const string AmazonUs = "ATVPDKIKX0DER";
    private const string AmazonCa = "A2EUQ1WTGCTBG2";
    private const string EuropeHome = "A1PA6795UKMFR9";

    // Amazon.de (home), .fr, .it, .es and .co.uk, in id order.
    private static readonly string[] Europe = ["A13V1IB3VIYZZH", "A1F83G8C2ARO7P", "A1PA6795UKMFR9", "A1RKKUPIHCS9HS", "APJ6JRA9NG5V4"];

    // A reporting day that is not UTC's, so the Amazon comparison also checks where the product cuts its days.
    private const string TimeZone = "America/Los_Angeles";

    [Fact]
    public async Task TheDefaultWalmartSellersOrdersOfEveryShipNodeTypeShowExactlyWhatTheSandboxSoldChargedAndRefunded()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "WalmartTruth");
        var credentials = await SyncApp.GetDefaultSellerAsync(app);
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/walmart", new
        {
            clientId = credentials.GetProperty("walmartClientId").GetString(),
            clientSecret = credentials.GetProperty("walmartClientSecret").GetString(),
        }));
        await SyncApp.WaitForImportAsync(seller);
        var (from, to) = Window();

        var truth = await SandboxTruth.GetAsync(app, credentials.GetProperty("sellerId").GetString()!, Walmart, from, to);
        var differences = await TruthComparison.DifferencesAsync(seller, truth, Walmart, from, to);

        Assert.True(truth.Units("WFSFulfilled") > 0 && truth.Units("3PLFulfilled") > 0 && truth.Units("SellerFulfilled") > 0, "the sandbox sold through every ship-node type");
        Assert.True(truth.Rows.Sum(r => r.Refunds) > 0m && truth.Rows.Sum(r => r.FeeCategories[1]) > 0m, "the window has settled WFS fees and refunds");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(40))}");
        var skus = truth.Rows.Select(r => r.Sku).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(truth.Units("WFSFulfilled"), await TruthComparison.UnitsFulfilledByAsync(seller, Walmart, skus, from, to, "WFSFulfilled"));
        Assert.Equal(truth.Units("3PLFulfilled"), await TruthComparison.UnitsFulfilledByAsync(seller, Walmart, skus, from, to, "3PLFulfilled"));
    }

    [Fact]
    public async Task AnAmazonSellersImportShowsExactlyWhatTheSandboxSoldChargedRefundedAndReimbursedOnItsOwnReportingDays()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "AmazonTruth");
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = TimeZone }));
        var credentials = await SyncApp.CreateSandboxSellerAsync(app, 7411);
        await SyncApp.ConnectAmazonAsync(seller, credentials, AmazonUs);
        await SyncApp.WaitForImportAsync(seller, TimeSpan.FromMinutes(4));
        var (from, to) = Window();

        var truth = await SandboxTruth.GetAsync(app, credentials.GetProperty("sellerId").GetString()!, AmazonUs, from, to, TimeZone);
        var differences = await TruthComparison.DifferencesAsync(seller, truth, AmazonUs, from, to);

        Assert.True(truth.Rows.Sum(r => r.Units) > 100 && truth.Rows.Sum(r => r.Refunds) > 0m, "the window has sales and refunds");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(40))}");
    }

    [Fact]
    public async Task AnAmazonAccountTrackingTwoMarketplacesInOneConnectionShowsEachExactlyAsTheSandboxSoldAndItsAccountFeesOnce()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "TwoMarketplacesTruth");
        var credentials = await SyncApp.CreateSandboxSellerAsync(app, 7412);
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = credentials.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = credentials.GetProperty("lwaClientSecret").GetString(),
            refreshToken = credentials.GetProperty("refreshToken").GetString(),
            sellerId = credentials.GetProperty("sellerId").GetString(),
            marketplaceIds = new[] { AmazonUs, AmazonCa },
        }));
        await SyncApp.WaitForImportAsync(seller, TimeSpan.FromMinutes(4));
        var (from, to) = Window();

        var differences = new List<string>();
        foreach (var marketplace in new[] { AmazonUs, AmazonCa })
        {
            var truth = await SandboxTruth.GetAsync(app, credentials.GetProperty("sellerId").GetString()!, marketplace, from, to);
            differences.AddRange((await TruthComparison.DifferencesAsync(seller, truth, marketplace, from, to)).Select(d => $"{marketplace} {d}"));
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(40))}");
        await using var database = app.OpenDatabase();
        var schema = $"\"tenant_{seller.TenantId:N}\"";
        Assert.True(await database.ScalarAsync<long>($"SELECT count(*) FROM {schema}.service_fees WHERE marketplace = '{AmazonUs}'") > 0, "the account has service fees");
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM {schema}.service_fees WHERE marketplace <> '{AmazonUs}'"));
        Assert.Equal(1L, await database.ScalarAsync<long>($"SELECT count(*) FROM {schema}.sync_datasets WHERE dataset = 'finances'"));
    }

    [Fact]
    public async Task AEuropeanSellerConnectedOnceShowsEachMarketplaceAndEachCurrencyExactlyAsTheSandboxSoldWithItsSubscriptionOnce()
    {
        const string zone = "Europe/Berlin";
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "EuropeTruth");
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = zone }));
        var credentials = await SyncApp.ControlAsync(app, "sellers", new { seed = 7413, region = "EU" });
        var connected = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = credentials.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = credentials.GetProperty("lwaClientSecret").GetString(),
            refreshToken = credentials.GetProperty("refreshToken").GetString(),
            sellerId = credentials.GetProperty("sellerId").GetString(),
            marketplaceIds = new[] { EuropeHome }.Concat(Europe.Where(m => m != EuropeHome)),
        })));
        await SyncApp.WaitForImportAsync(seller, TimeSpan.FromMinutes(8));
        var (from, to) = Window();

        var rows = await SandboxTruth.GetAllAsync(app, credentials.GetProperty("sellerId").GetString()!, from, to, zone);
        var differences = new List<string>();
        foreach (var marketplace in Europe)
        {
            // An account-level fee (no marketplace in the truth) is counted once, in the home marketplace of its currency.
            var truth = new SandboxTruth([.. rows.Where(r => r.Marketplace == marketplace || (r.AccountLevel && marketplace == EuropeHome))]);
            Assert.True(truth.Rows.Sum(r => r.Units) > 0, $"the sandbox sold in {marketplace}");
            differences.AddRange((await TruthComparison.DifferencesAsync(seller, truth, marketplace, from, to, reimbursements: false)).Select(d => $"{marketplace} {d}"));
        }

        differences.AddRange(await TruthComparison.CurrencyDifferencesAsync(seller, rows, from, to));

        Assert.Equal(Europe, connected.GetProperty("marketplaceIds").EnumerateArray().Select(m => m.GetString()).Order(StringComparer.Ordinal));
        Assert.Single((await SyncApp.GetAsync(seller, "/api/connections")).EnumerateArray());
        Assert.True(rows.Count(r => r.AccountLevel) > 0 && rows.Any(r => r.Currency == "GBP"), "the window has account-level lines and pounds");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(40))}");
        await using var database = app.OpenDatabase();
        var schema = $"\"tenant_{seller.TenantId:N}\"";
        var subscriptions = rows.Count(r => r.AccountLevel && r.FeeCategories[3] > 0m && r.Day > from && r.Day < to);
        Assert.True(subscriptions > 0, "the window has a subscription fee");
        Assert.Equal(subscriptions, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM {schema}.service_fees WHERE fee_type = 'Subscription' AND posted_at >= @from AND posted_at < @to",
            ("from", new DateTimeOffset(from.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            ("to", new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))));
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM {schema}.service_fees WHERE marketplace <> '{EuropeHome}'"));
    }

    // Well inside the 60 days imported (an order's fees and refunds post after it), and ending before the unsettled days.
    private static (DateOnly From, DateOnly To) Window()
    {
        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        return (to.AddDays(-34), to);
    }
}
