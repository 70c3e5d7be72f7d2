namespace Sellmetrics.Sandbox.Generation;

/// <summary>Which account-level and storage fees fall on a day: subscription on the 1st, monthly storage on the 7th,
/// long-term storage on the 15th of each quarter's middle month, inbound placement now and then.</summary>
internal static class ServiceFeeSchedule
{
    public static IReadOnlyList<ServiceFee> On(long seed, SellerCatalog catalog, DateOnly day)
    {
        var random = SeededRandom.For(seed, 4, day.DayNumber);
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        var fees = new List<ServiceFee>();
        if (day.Day == 1)
        {
            fees.Add(new ServiceFee(at, "Subscription", "Subscription", "Subscription Fee", null, -39.99m));
        }

        foreach (var product in catalog.Products.Where(p => p.IsFba))
        {
            if (day.Day == 7)
            {
                fees.Add(new ServiceFee(at.AddMinutes(fees.Count), "FBAStorageFee", "FBA Inventory Fee", "Storage Fee", product, -random.NextMoney(0.40m, 6.00m)));
            }

            if (day.Day == 15 && day.Month % 3 == 2 && random.Chance(0.3))
            {
                fees.Add(new ServiceFee(at.AddMinutes(fees.Count), "FBALongTermStorageFee", "FBA Inventory Fee", "Long-Term Storage Fee", product, -random.NextMoney(1.50m, 12.00m)));
            }
        }

        var fba = catalog.Products.Where(p => p.IsFba).ToList();
        if (fba.Count > 0 && random.Chance(0.12))
        {
            var product = random.Pick(fba);
            fees.Add(new ServiceFee(at.AddHours(3), "FBAInboundPlacementServiceFee", "FBA Inbound Fee", "Inbound Placement Service Fee", product, -random.NextMoney(15.00m, 120.00m)));
        }

        return fees;
    }
}
