namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>The report types the sandbox produces; the settlement report is created by the sandbox itself, never on request.</summary>
internal static class ReportTypes
{
    public const string AllOrders = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string Returns = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA";
    public const string Reimbursements = "GET_FBA_REIMBURSEMENTS_DATA";
    public const string SalesAndTraffic = "GET_SALES_AND_TRAFFIC_REPORT";
    public const string Settlement = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";

    public static readonly IReadOnlySet<string> Requestable = new HashSet<string>(StringComparer.Ordinal)
    {
        AllOrders, Returns, Reimbursements, SalesAndTraffic,
    };
}
