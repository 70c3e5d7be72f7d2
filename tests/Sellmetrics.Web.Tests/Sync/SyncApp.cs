using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// The real app with its marketplace sandbox mounted and a fast clock, so a seller can connect a sandbox seller and
/// watch the import complete within a test; plus the few control calls the sync tests make of the sandbox.
/// </summary>
internal static class SyncApp
{
    public const double TimeScale = 600;

    /// <summary>How often a connection's orders reminder ticks.</summary>
    public static readonly TimeSpan OrdersPeriod = TimeSpan.FromSeconds(3);

    public static Task<SellmetricsApp> StartAsync(TestPostgres postgres, string? connectionString = null, int historyDays = 40) =>
        SellmetricsApp.StartAsync(postgres, connectionString, Settings(historyDays));

    public static Dictionary<string, string?> Settings(int historyDays) => new()
    {
        ["Sandbox:Enabled"] = "true",
        ["Sandbox:AllowWithConfiguredDatabase"] = "true",
        ["Sandbox:TimeScale"] = TimeScale.ToString(CultureInfo.InvariantCulture),
        ["Sync:HistoryDays"] = historyDays.ToString(CultureInfo.InvariantCulture),
        ["Sync:RecentDays"] = "30",
        ["Sync:TrafficHistoryDays"] = "3",
        ["Sync:OrdersPeriod"] = OrdersPeriod.ToString("c", CultureInfo.InvariantCulture),
        ["Sync:HourlyPeriod"] = "00:00:10",
        ["Sync:DailyPeriod"] = "00:00:20",
        ["Marketplaces:Resilience:RetryBaseDelay"] = "00:00:00.100",
    };

    /// <summary>Registers a generated sandbox seller and returns its credentials as the sandbox hands them out.</summary>
    public static async Task<JsonElement> CreateSandboxSellerAsync(SellmetricsApp app, long seed) =>
        await ControlAsync(app, "sellers", new { seed });

    /// <summary>The credentials of the sandbox's default seller (from <c>Sandbox:Seed</c>), the same in every process.</summary>
    public static Task<JsonElement> GetDefaultSellerAsync(SellmetricsApp app) => ControlGetAsync(app, "sellers/default");

    /// <summary>A GET of the sandbox's control API (relative to <c>/sandbox/control/</c>), answered 2xx.</summary>
    public static async Task<JsonElement> ControlGetAsync(SellmetricsApp app, string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Address, "/sandbox/control/") };
        return await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await http.GetAsync(path)));
    }

    public static async Task<JsonElement> ControlAsync(SellmetricsApp app, string path, object body)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Address, "/sandbox/control/") };
        using var response = await http.PostAsJsonAsync(path, body);
        await AppClient.EnsureOkAsync(response);
        return await AppClient.ReadAsync(response);
    }

    /// <summary>Connects the seller's tenant to a sandbox seller's Amazon account and returns the connection id.</summary>
    public static async Task<Guid> ConnectAmazonAsync(Seller seller, JsonElement credentials, string marketplaceId = "ATVPDKIKX0DER")
    {
        var connection = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = credentials.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = credentials.GetProperty("lwaClientSecret").GetString(),
            refreshToken = credentials.GetProperty("refreshToken").GetString(),
            sellerId = credentials.GetProperty("sellerId").GetString(),
            marketplaceId,
        })));
        return connection.GetProperty("id").GetGuid();
    }

    /// <summary>Waits until every dataset of every connection has its whole history in and no error.</summary>
    public static async Task<JsonElement> WaitForImportAsync(Seller seller, TimeSpan? timeout = null)
    {
        return await Eventually.ReturnsAsync(
            () => GetAsync(seller, "/api/connections"),
            connections => connections.GetArrayLength() > 0 && connections.EnumerateArray().All(Imported),
            timeout ?? TimeSpan.FromMinutes(2), connections => $"The import did not complete: {connections}", TestContext.Current.CancellationToken);
    }

    /// <summary>Forces a pull and waits until the finances dataset has read its recent days again and gone idle.</summary>
    public static Task RepullFinancesAsync(Seller seller, Guid connectionId) => RepullAsync(seller, connectionId, "finances");

    /// <summary>Forces a pull and waits until the named dataset (by default every dataset) of the connection has read its
    /// recent days again and gone idle.</summary>
    public static async Task RepullAsync(Seller seller, Guid connectionId, string? dataset = null)
    {
        var before = LastSuccesses(Datasets(await GetAsync(seller, "/api/connections"), connectionId, dataset));
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, $"/api/connections/{connectionId}/sync"));
        await Eventually.HoldsAsync(
            async () => Datasets(await GetAsync(seller, "/api/connections"), connectionId, dataset) is var now
                && now.All(d => d.GetProperty("state").GetString() == "idle")
                && LastSuccesses(now).Zip(before).All(pair => pair.First > pair.Second),
            TimeSpan.FromMinutes(3), $"The connection's {dataset ?? "datasets"} were not pulled again.", TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until the seller's one connection has this status, and returns it.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(Seller seller, string status)
    {
        var connections = default(JsonElement);
        await Eventually.HoldsAsync(
            async () => (connections = await GetAsync(seller, "/api/connections")).GetArrayLength() == 1 && connections[0].GetProperty("status").GetString() == status,
            TimeSpan.FromSeconds(30), $"The connection did not become {status}.", TestContext.Current.CancellationToken);
        return connections[0];
    }

    public static async Task<JsonElement> GetAsync(Seller seller, string path) =>
        await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.GetAsync(path)));

    private static List<JsonElement> Datasets(JsonElement connections, Guid connectionId, string? dataset) =>
        [.. connections.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == connectionId).GetProperty("datasets").EnumerateArray()
            .Where(d => dataset is null || d.GetProperty("dataset").GetString() == dataset)];

    private static List<DateTimeOffset> LastSuccesses(List<JsonElement> datasets) =>
        [.. datasets.Select(d => d.GetProperty("lastSuccessAt") is { ValueKind: JsonValueKind.String } last ? last.GetDateTimeOffset() : DateTimeOffset.MinValue)];

    private static bool Imported(JsonElement connection) =>
        connection.GetProperty("datasets").EnumerateArray().All(d =>
            d.GetProperty("progress").GetDecimal() == 1m && d.GetProperty("error").ValueKind == JsonValueKind.Null);
}
