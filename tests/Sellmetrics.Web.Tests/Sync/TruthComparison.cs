using System.Globalization;
using System.Text.Json;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// Compares a seller's figures in the API (<c>/api/profit/daily</c>, <c>/api/products</c> and each product's days) with the
/// sandbox's truth per day, per SKU and per SKU and day, and lists every difference. Fees compared are the posted part
/// (<c>fees.total − estimatedFees</c>): an order not yet settled shows an estimate the marketplace has not charged.
/// Without <c>reimbursements</c>, those are left out of a marketplace's comparison (Amazon names only their currency).
/// </summary>
internal static class TruthComparison
{
    public static async Task<IReadOnlyList<string>> DifferencesAsync(
        Seller seller, SandboxTruth truth, string marketplace, DateOnly from, DateOnly to, bool reimbursements = true)
    {
        var differences = new List<string>();
        void Compare(List<string> differences, string where, SandboxTruth.Figures truth, SandboxTruth.Figures shown) =>
            TruthComparison.Compare(differences, where, reimbursements ? truth : truth with { Reimbursements = 0m }, reimbursements ? shown : shown with { Reimbursements = 0m });

        var range = string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        foreach (var day in (await SyncApp.GetAsync(seller, $"/api/profit/daily?{range}&marketplace={marketplace}")).EnumerateArray())
        {
            var date = DateOnly.Parse(day.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
            var shown = day.GetProperty("totals").EnumerateArray().Select(t => Figures(t, t.GetProperty("orders").GetInt32(), t.GetProperty("estimatedFees").GetDecimal()))
                .SingleOrDefault() ?? new SandboxTruth.Figures(0, 0, 0m, 0m, 0m, 0m);
            Compare(differences, $"day {date:yyyy-MM-dd}", truth.Day(date), shown);
        }

        var products = (await SyncApp.GetAsync(seller, $"/api/products?{range}&marketplace={marketplace}")).EnumerateArray().ToList();
        var skus = products.Select(p => p.GetProperty("sku").GetString()!).Union(truth.Rows.Select(r => r.Sku).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var sku in skus)
        {
            var product = products.Where(p => p.GetProperty("sku").GetString() == sku)
                .Select(p => Figures(p, -1, p.GetProperty("estimatedFees").GetDecimal())).SingleOrDefault() ?? new SandboxTruth.Figures(0, -1, 0m, 0m, 0m, 0m);
            Compare(differences, $"sku {sku}", truth.Sku(sku) with { Orders = -1 }, product);
            var buckets = (await SyncApp.GetAsync(seller, $"/api/products/{marketplace}/{Uri.EscapeDataString(sku)}/days?{range}")).EnumerateArray()
                .ToDictionary(b => DateOnly.Parse(b.GetProperty("day").GetString()!, CultureInfo.InvariantCulture));
            foreach (var date in buckets.Keys.Union(truth.Rows.Where(r => r.Sku == sku).Select(r => r.Day)).Order())
            {
                var shown = buckets.TryGetValue(date, out var bucket) ? SkuDay(bucket) : new SandboxTruth.Figures(0, -1, 0m, 0m, 0m, 0m, SandboxTruth.Categories([0m, 0m, 0m, 0m]));
                Compare(differences, $"sku {sku} on {date:yyyy-MM-dd}", truth.SkuDay(sku, date) with { Orders = -1 }, shown);
            }
        }

        return differences;
    }

    /// <summary>
    /// The tenant's days over every marketplace, per currency (<c>/api/profit/daily</c> without a marketplace), against the
    /// truth's rows of that currency, account-level lines included: every day either side has.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CurrencyDifferencesAsync(Seller seller, IReadOnlyList<SandboxTruth.Row> rows, DateOnly from, DateOnly to)
    {
        var differences = new List<string>();
        var shownDays = (await SyncApp.GetAsync(seller, string.Create(CultureInfo.InvariantCulture, $"/api/profit/daily?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")))
            .EnumerateArray().ToDictionary(d => DateOnly.Parse(d.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), d => d.GetProperty("totals").EnumerateArray().ToList());
        foreach (var currency in rows.Select(r => r.Currency).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var truth = new SandboxTruth([.. rows.Where(r => r.Currency == currency)]);
            foreach (var date in shownDays.Keys.Union(truth.Rows.Select(r => r.Day)).Where(d => d >= from && d <= to).Order())
            {
                var shown = shownDays.GetValueOrDefault(date, []).Where(t => t.GetProperty("currency").GetString() == currency)
                    .Select(t => Figures(t, t.GetProperty("orders").GetInt32(), t.GetProperty("estimatedFees").GetDecimal()))
                    .SingleOrDefault() ?? new SandboxTruth.Figures(0, 0, 0m, 0m, 0m, 0m);
                Compare(differences, $"{currency} on {date:yyyy-MM-dd}", truth.Day(date), shown);
            }
        }

        return differences;
    }

    /// <summary>Units of the product's days whose units line names <paramref name="fulfillment"/> (e.g. "order 123, WFSFulfilled").</summary>
    public static async Task<int> UnitsFulfilledByAsync(Seller seller, string marketplace, IEnumerable<string> skus, DateOnly from, DateOnly to, string fulfillment)
    {
        var units = 0m;
        foreach (var sku in skus)
        {
            var days = await SyncApp.GetAsync(seller, string.Create(CultureInfo.InvariantCulture, $"/api/products/{marketplace}/{Uri.EscapeDataString(sku)}/days?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"));
            units += days.EnumerateArray().SelectMany(d => d.GetProperty("lines").EnumerateArray())
                .Where(l => l.GetProperty("component").GetString() == "units" && l.GetProperty("detail").GetString()!.EndsWith(", " + fulfillment, StringComparison.Ordinal))
                .Sum(l => l.GetProperty("amount").GetDecimal());
        }

        return (int)units;
    }

    private static SandboxTruth.Figures SkuDay(JsonElement bucket)
    {
        var posted = SandboxTruth.FeeCategoryNames.Select(c => bucket.GetProperty("fees").GetProperty(c).GetDecimal() - bucket.GetProperty("estimatedFees").GetProperty(c).GetDecimal()).ToList();
        return Figures(bucket, -1, bucket.GetProperty("estimatedFees").GetProperty("total").GetDecimal()) with { FeeCategories = SandboxTruth.Categories(posted) };
    }

    private static SandboxTruth.Figures Figures(JsonElement shown, int orders, decimal estimatedFees)
    {
        var fees = shown.GetProperty("fees").GetProperty("total").GetDecimal();
        return new SandboxTruth.Figures(
            shown.GetProperty("units").GetInt32(), orders, SandboxTruth.Cents(shown.GetProperty("revenue").GetDecimal()), SandboxTruth.Cents(fees - estimatedFees),
            SandboxTruth.Cents(shown.GetProperty("refunds").GetDecimal()), SandboxTruth.Cents(shown.GetProperty("reimbursements").GetDecimal()));
    }

    private static void Compare(List<string> differences, string where, SandboxTruth.Figures truth, SandboxTruth.Figures shown)
    {
        if (truth != shown)
        {
            differences.Add($"{where}: sandbox {truth}, shown {shown}");
        }
    }
}
