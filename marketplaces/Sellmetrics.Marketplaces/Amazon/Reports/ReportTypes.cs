namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>The SP-API report types Sellmetrics reads.</summary>
public static class ReportTypes
{
    public const string CustomerReturns = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA";
    public const string Reimbursements = "GET_FBA_REIMBURSEMENTS_DATA";
    public const string SalesAndTraffic = "GET_SALES_AND_TRAFFIC_REPORT";
    public const string AllOrdersByLastUpdate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string Settlement = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";
}
