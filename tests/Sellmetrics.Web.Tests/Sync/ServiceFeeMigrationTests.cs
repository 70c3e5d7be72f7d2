using System.Globalization;
using Npgsql;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class ServiceFeeMigrationTests(TestPostgres postgres)
{
    private const string India = "Asia/Kolkata";
    private const string Us = "ATVPDKIKX0DER";
    private static readonly TimeSpan IndiaOffset = new(5, 30, 0);
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ServiceFeesNamedByTheOldReportingDaysAreCountedOnceAfterMigratingAndRepulling()
    {
        var database = await postgres.CreateDatabaseAsync();
        var settings = SyncApp.Settings(historyDays: 40);
        var recent = _today.AddDays(-5);
        var old = _today.AddDays(-25);
        // Two storage fees of one Indian reporting day (recent + 1) that fall on two UTC days, and one fee outside the
        // 14-day re-pull window: the sandbox's truth, which the script below is.
        var fees = new (DateTimeOffset PostedAt, string Type, decimal Amount)[]
        {
            (At(old, 3), "Subscription", -39.99m),
            (At(recent, 20), "FBAStorageFee", -12.34m),
            (At(recent.AddDays(1), 10), "FBAStorageFee", -3.21m),
        };
        var script = new
        {
            seed = 8813L,
            products = new[] { new { sku = "MUG-MIGRATED", asin = "B0MIGRATE1", title = "Migrated Mug", price = 20.00m, fba = true } },
            serviceFees = fees.Select(f => new { postedAt = f.PostedAt, feeType = f.Type, sku = (string?)null, amount = f.Amount, reason = "FBA Inventory Fee", description = f.Type }),
        };

        Guid tenantId, connectionId;
        IReadOnlyDictionary<string, string> cookies;
        await using (var before = await SellmetricsApp.StartAsync(postgres, database, settings))
        {
            var seller = await Seller.SignUpAsync(before, "Migrated");
            await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = India }));
            connectionId = await SyncApp.ConnectAmazonAsync(seller, await SyncApp.ControlAsync(before, "sellers/scripted", script));
            await SyncApp.WaitForImportAsync(seller);
            (tenantId, cookies) = (seller.TenantId, seller.Browser.Cookies.ToDictionary());
        }

        // The schema as the old code left it at migration 0006: fees named and dated by the Indian reporting day they
        // were posted in, numbered within that day.
        await using (var rows = NpgsqlDataSource.Create(database))
        {
            await RewindToOldNamesAsync(rows, tenantId, fees);
        }

        await using var after = await SellmetricsApp.StartAsync(postgres, database, settings);
        var account = await SyncApp.ControlAsync(after, "sellers/scripted", script);
        var owner = new Seller(AppClient.WithCookies(after.Address, cookies), "", "", "", Guid.Empty, tenantId);
        // The restarted app's own sandbox knows the seller only from here on; a pull its reminder began before that was
        // refused as revoked authorization, which stops pulls until the seller connects again, as a seller would.
        Assert.Equal(connectionId, await SyncApp.ConnectAmazonAsync(owner, account));
        await SyncApp.RepullFinancesAsync(owner, connectionId);
        await using var stored = after.OpenDatabase();

        var schema = $"tenant_{tenantId:N}";
        Assert.Equal(fees.Length, await stored.ScalarAsync<long>($"SELECT count(*) FROM {schema}.service_fees"));
        Assert.Equal(fees.Sum(f => f.Amount), await stored.ScalarAsync<decimal>($"SELECT sum(amount) FROM {schema}.service_fees"));
        var summary = await SyncApp.GetAsync(owner, $"/api/profit/summary?from={old.AddDays(-1):yyyy-MM-dd}&to={_today:yyyy-MM-dd}");
        var usd = summary.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("currency").GetString() == "USD");
        Assert.Equal(-fees.Sum(f => f.Amount), usd.GetProperty("fees").GetProperty("total").GetDecimal());
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static async Task RewindToOldNamesAsync(NpgsqlDataSource rows, Guid tenantId, IEnumerable<(DateTimeOffset PostedAt, string Type, decimal Amount)> fees)
    {
        var schema = $"tenant_{tenantId:N}";
        await rows.ScalarAsync<int>($"DELETE FROM {schema}.service_fees RETURNING 0");
        var named = fees
            .Select(f => (Fee: f, DayStart: ReportingDayStart(f.PostedAt)))
            .GroupBy(f => (f.Fee.Type, f.DayStart))
            .SelectMany(day => day.OrderBy(f => f.Fee.PostedAt).Select((f, index) => (f.Fee, f.DayStart, Ordinal: index + 1)));
        foreach (var (fee, dayStart, ordinal) in named)
        {
            var id = $"{fee.Type}/-/{dayStart.UtcDateTime.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture)}Z/{ordinal}";
            await rows.ScalarAsync<int>(
                $"INSERT INTO {schema}.service_fees (marketplace, id, sku, fee_type, posted_at, currency, amount) VALUES (@m, @id, NULL, @type, @at, 'USD', @amount) RETURNING 0",
                ("m", Us), ("id", id), ("type", fee.Type), ("at", dayStart.AddHours(12).UtcDateTime), ("amount", fee.Amount));
        }

        await rows.ScalarAsync<int>(
            "DELETE FROM sellmetrics.schema_migrations WHERE scope = @scope AND version IN (7, 13) RETURNING 0", ("scope", $"tenant:{schema}"));
    }

    // The UTC instant the Indian reporting day holding the instant begins at.
    private static DateTimeOffset ReportingDayStart(DateTimeOffset instant)
    {
        var local = instant.ToOffset(IndiaOffset);
        return new DateTimeOffset(local.Date, IndiaOffset).ToUniversalTime();
    }
}
