using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>Makes the document of a report from the seller's generated history.</summary>
internal static class ReportDocuments
{
    public static ReportDocument Generate(Seller seller, SandboxReport report, DateTimeOffset now) => report.ReportType switch
    {
        ReportTypes.AllOrders => AllOrdersDocument.Write(seller, report, now),
        ReportTypes.Returns => ReturnsDocument.Write(seller, report, now),
        ReportTypes.Reimbursements => ReimbursementsDocument.Write(seller, report, now),
        ReportTypes.SalesAndTraffic => SalesAndTrafficDocument.Write(seller, report, now),
        ReportTypes.Settlement => SettlementDocument.Write(seller, report, now),
        _ => throw new InvalidOperationException($"Report type {report.ReportType} has no generator."),
    };
}
