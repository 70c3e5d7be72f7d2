using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Web.Products;

/// <summary>One money line behind a day's number: the fact it came from, the component it counts in, and whether it is an estimate.</summary>
public sealed record ProfitLineResponse(string FactId, ProfitComponent Component, decimal Amount, string Detail, bool Estimated)
{
    public static ProfitLineResponse From(ProfitLine line) => new(line.FactId, line.Component, line.Amount, line.Detail, line.Estimated);
}
