using System.Collections.Concurrent;
using System.Globalization;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>Requested reports, the settlement reports of closed settlement periods, and their documents (made once, on completion).</summary>
internal sealed class ReportStore(SandboxClock clock)
{
    private readonly ConcurrentDictionary<string, SandboxReport> _reports = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReportDocument> _documents = new(StringComparer.Ordinal);
    private long _sequence = 51_000_000_000;

    public SandboxReport Create(Seller seller, string reportType, IReadOnlyList<string> marketplaceIds, DateTimeOffset start, DateTimeOffset end, IReadOnlyDictionary<string, string> options)
    {
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var report = new SandboxReport(id, seller.SellerId, reportType, marketplaceIds, start, end, options, clock.UtcNow);
        _reports[id] = report;
        return report;
    }

    public SandboxReport? Find(Seller seller, string reportId) =>
        _reports.TryGetValue(reportId, out var report) && report.SellerId == seller.SellerId
            ? report
            : Settlements(seller).FirstOrDefault(r => r.ReportId == reportId);

    public SandboxReport? FindByDocument(Seller seller, string documentId) =>
        documentId.StartsWith("amzn1.spdoc.1.4.na.", StringComparison.Ordinal) ? Find(seller, documentId["amzn1.spdoc.1.4.na.".Length..]) : null;

    /// <summary>The seller's requested reports and the settlement reports Amazon made in the last 90 days.</summary>
    public IEnumerable<SandboxReport> All(Seller seller) =>
        _reports.Values.Where(r => r.SellerId == seller.SellerId).Concat(Settlements(seller));

    public string Status(Seller seller, SandboxReport report) => report.StatusAt(clock, () => Document(seller, report).HasData);

    public ReportDocument Document(Seller seller, SandboxReport report) =>
        _documents.GetOrAdd(report.ReportId, _ => ReportDocuments.Generate(seller, report, clock.UtcNow));

    private IEnumerable<SandboxReport> Settlements(Seller seller)
    {
        var now = clock.UtcNow;
        return AmazonSettlement.StartingBetween(seller.Seed, seller.Region, now.AddDays(-104), now)
            .Where(s => s.Period.FundTransferAt <= now)
            .Select(s => new SandboxReport(
                "9" + s.Id, seller.SellerId, ReportTypes.Settlement, [s.Marketplace.Id], s.Period.Start, s.Period.End,
                new Dictionary<string, string>(), s.Period.FundTransferAt, IsSettlement: true)
            {
                Settlement = s,
            });
    }
}
