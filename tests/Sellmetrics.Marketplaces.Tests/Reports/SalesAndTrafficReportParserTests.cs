using Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

namespace Sellmetrics.Marketplaces.Tests.Reports;

public sealed class SalesAndTrafficReportParserTests
{
    private const string Document = """
        {
          "reportSpecification": { "reportType": "GET_SALES_AND_TRAFFIC_REPORT", "reportOptions": { "dateGranularity": "DAY", "asinGranularity": "CHILD" },
            "dataStartTime": "2026-01-01", "dataEndTime": "2026-01-02", "marketplaceIds": ["ATVPDKIKX0DER"] },
          "salesAndTrafficByDate": [
            { "date": "2026-01-01",
              "salesByDate": { "orderedProductSales": { "amount": 1234.56, "currencyCode": "USD" }, "unitsOrdered": 40, "totalOrderItems": 38, "unitsRefunded": 2 },
              "trafficByDate": { "pageViews": 900, "sessions": 700, "buyBoxPercentage": 97.5, "unitSessionPercentage": 5.71 } }
          ],
          "salesAndTrafficByAsin": [
            { "parentAsin": "B000PARENT", "childAsin": "B000CHILD1", "sku": "SKU-1",
              "salesByAsin": { "unitsOrdered": 3, "orderedProductSales": { "amount": 59.97, "currencyCode": "USD" }, "totalOrderItems": 3 },
              "trafficByAsin": { "sessions": 120, "pageViews": 150, "unitSessionPercentage": 2.5 } }
          ]
        }
        """;

    [Fact]
    public void DailyAndPerAsinSectionsAreReadByPropertyName()
    {
        var report = SalesAndTrafficReportParser.Parse(Document);

        var day = Assert.Single(report.SalesAndTrafficByDate!);
        Assert.Equal(new DateOnly(2026, 1, 1), day.Date);
        Assert.Equal(1234.56m, day.SalesByDate!.OrderedProductSales!.Amount);
        Assert.Equal(700, day.TrafficByDate!.Sessions);
        Assert.Equal(5.71m, day.TrafficByDate.UnitSessionPercentage);

        var asin = Assert.Single(report.SalesAndTrafficByAsin!);
        Assert.Equal("B000CHILD1", asin.ChildAsin);
        Assert.Equal(59.97m, asin.SalesByAsin!.OrderedProductSales!.Amount);
        Assert.Equal(120, asin.TrafficByAsin!.Sessions);
        Assert.Equal(new DateOnly(2026, 1, 2), report.ReportSpecification!.DataEndTime);
    }
}
