using System.Globalization;
using System.Text.Json;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// The sandbox's own record of what a seller sold, charged and refunded (<c>/sandbox/control/sellers/{id}/truth</c>),
/// summed per day and per SKU to the cent, for comparing with what the product's API shows.
/// </summary>
internal sealed class SandboxTruth(IReadOnlyList<SandboxTruth.Row> rows)
{
    public IReadOnlyList<Row> Rows => rows;

    public static async Task<SandboxTruth> GetAsync(SellmetricsApp app, string sellerId, string marketplace, DateOnly from, DateOnly to, string timeZone = "UTC")
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"sellers/{sellerId}/truth?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&timeZone={Uri.EscapeDataString(timeZone)}");
        var body = await SyncApp.ControlGetAsync(app, query);
        return new SandboxTruth([.. body.EnumerateArray().Select(Row.From).Where(r => r.Marketplace == marketplace)]);
    }

    /// <summary>Every row of the seller's truth: all marketplaces, and the account-level lines (no marketplace) of a European seller.</summary>
    public static async Task<IReadOnlyList<Row>> GetAllAsync(SellmetricsApp app, string sellerId, DateOnly from, DateOnly to, string timeZone = "UTC")
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"sellers/{sellerId}/truth?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&timeZone={Uri.EscapeDataString(timeZone)}");
        return [.. (await SyncApp.ControlGetAsync(app, query)).EnumerateArray().Select(Row.From)];
    }

    public Figures Day(DateOnly day) => Sum(rows.Where(r => r.Day == day));

    public Figures Sku(string sku) => Sum(rows.Where(r => r.Sku == sku));

    /// <summary>A SKU's day with its posted fees by category (referral/fulfillment/storage/other, in cents).</summary>
    public Figures SkuDay(string sku, DateOnly day)
    {
        var selected = rows.Where(r => r.Sku == sku && r.Day == day).ToList();
        return Sum(selected) with { FeeCategories = Categories([.. Enumerable.Range(0, 4).Select(i => selected.Sum(r => r.FeeCategories[i]))]) };
    }

    public static string Categories(IReadOnlyList<decimal> byCategory) => string.Join(" / ", byCategory.Select(a => Cents(a).ToString("0.00", CultureInfo.InvariantCulture)));

    public int Units(string fulfillment) => rows.Sum(r => r.UnitsByFulfillment.GetValueOrDefault(fulfillment));

    private static Figures Sum(IEnumerable<Row> selected)
    {
        var list = selected.ToList();
        return new Figures(
            list.Sum(r => r.Units), list.SelectMany(r => r.OrderIds).Distinct(StringComparer.Ordinal).Count(), Cents(list.Sum(r => r.Revenue)), Cents(list.Sum(r => r.Fees)),
            Cents(list.Sum(r => r.Refunds)), Cents(list.Sum(r => r.Reimbursements)));
    }

    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>One truth row as the sandbox sends it.</summary>
    public sealed record Row(
        string? Marketplace, DateOnly Day, string? Sku, int Units, IReadOnlyList<string> OrderIds, decimal Revenue, decimal Fees, IReadOnlyList<decimal> FeeCategories,
        decimal Refunds, decimal Reimbursements, IReadOnlyDictionary<string, int> UnitsByFulfillment, string? Currency = null, bool AccountLevel = false)
    {
        public static Row From(JsonElement r) => new(
            r.GetProperty("marketplace").GetString()!,
            DateOnly.Parse(r.GetProperty("day").GetString()!, CultureInfo.InvariantCulture),
            r.GetProperty("sku").GetString(),
            r.GetProperty("units").GetInt32(),
            [.. r.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!)],
            r.GetProperty("revenue").GetDecimal(),
            r.GetProperty("fees").GetProperty("total").GetDecimal(),
            [.. FeeCategoryNames.Select(c => r.GetProperty("fees").GetProperty(c).GetDecimal())],
            r.GetProperty("refunds").GetDecimal(),
            r.GetProperty("reimbursements").GetDecimal(),
            r.GetProperty("unitsByFulfillment").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal),
            r.TryGetProperty("currency", out var currency) ? currency.GetString() : null,
            r.TryGetProperty("accountLevel", out var accountLevel) && accountLevel.GetBoolean());
    }

    /// <summary>The fee categories, in the order <see cref="Categories"/> writes them.</summary>
    public static readonly string[] FeeCategoryNames = ["referral", "fulfillment", "storage", "other"];

    /// <summary>The figures compared; <see cref="Orders"/> is -1 where the API has no order count (products), <see cref="FeeCategories"/> null where it has no split of estimates.</summary>
    public sealed record Figures(int Units, int Orders, decimal Revenue, decimal Fees, decimal Refunds, decimal Reimbursements, string? FeeCategories = null);
}
