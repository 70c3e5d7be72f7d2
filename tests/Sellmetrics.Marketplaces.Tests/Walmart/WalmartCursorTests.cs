using Sellmetrics.Marketplaces.Walmart;

namespace Sellmetrics.Marketplaces.Tests.Walmart;

public sealed class WalmartCursorTests
{
    [Fact]
    public void ANextCursorBecomesExactlyItsQueryParameters()
    {
        var query = WalmartCursor.Parse("?limit=10&hasMoreElements=true&soIndex=31&createdStartDate=2026-01-01T00%3A00%3A00Z");

        Assert.Equal("10", query["limit"]);
        Assert.Equal("31", query["soIndex"]);
        Assert.Equal("2026-01-01T00:00:00Z", query["createdStartDate"]);
        Assert.Equal(4, query.Count);
    }
}
