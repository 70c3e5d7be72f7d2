namespace Sellmetrics.Web.Products;

/// <summary>The answer to a unit-cost CSV import: how many costs were stored.</summary>
public sealed record UnitCostImportResponse(int Imported);
