using Sellmetrics.Facts;

namespace Sellmetrics.Profit.Ledger;

internal static class SkuLedger
{
    public static IEnumerable<DatedLine> Lines(SkuFacts facts, ProfitRules rules)
    {
        var book = new SkuBook(facts, rules.TimeZone);
        return SaleLines.For(book)
            .Concat(FeeLines.For(book, rules.Estimates))
            .Concat(PostedLines.For(book))
            .Concat(ReturnLines.For(book));
    }
}
