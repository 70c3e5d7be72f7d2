namespace Sellmetrics.Marketplaces.Walmart.Reports;

/// <summary><c>{"availableApReportDates":["07012018",…]}</c>: one MMDDYYYY date per settlement cycle.</summary>
internal sealed record ReconReportDatesResponse(IReadOnlyList<string>? AvailableApReportDates);
