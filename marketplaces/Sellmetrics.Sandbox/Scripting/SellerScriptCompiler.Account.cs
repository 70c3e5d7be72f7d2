using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Scripting;

/// <summary>Scripted account-level money (service fees, reimbursements), stock and traffic.</summary>
internal static partial class SellerScriptCompiler
{
    private static List<ServiceFee> ServiceFees(IReadOnlyList<ScriptedServiceFee> scripted, IReadOnlyDictionary<string, Product> bySku, ScriptErrors errors)
    {
        var fees = new List<ServiceFee>();
        for (var i = 0; i < scripted.Count; i++)
        {
            var f = scripted[i];
            var path = $"serviceFees[{i}]";
            var marketplace = Marketplace(f.MarketplaceId, path + ".marketplaceId", errors);
            var valid = errors.Check(f.PostedAt is not null, path + ".postedAt", "The posting instant is required.")
                & errors.Check(!string.IsNullOrWhiteSpace(f.FeeType), path + ".feeType", "The fee type is required.")
                & errors.Check(f.Sku is null || bySku.ContainsKey(f.Sku), path + ".sku", "The SKU is not one of the scripted products.");
            if (valid)
            {
                var product = f.Sku is null ? null : bySku[f.Sku];
                fees.Add(new ServiceFee(f.PostedAt!.Value, f.FeeType!, f.Reason ?? f.FeeType!, f.Description ?? f.FeeType!, product, f.Amount) { Marketplace = marketplace });
            }
        }

        return fees;
    }

    private static List<Reimbursement> Reimbursements(IReadOnlyList<ScriptedReimbursement> scripted, IReadOnlyDictionary<string, Product> bySku, ScriptErrors errors)
    {
        var reimbursements = new List<Reimbursement>();
        for (var i = 0; i < scripted.Count; i++)
        {
            var r = scripted[i];
            var path = $"reimbursements[{i}]";
            var marketplace = Marketplace(r.MarketplaceId, path + ".marketplaceId", errors);
            var perUnit = r.Quantity >= 1 ? Money.Round(r.Amount / r.Quantity) : 0m;
            var valid = errors.Check(r.PostedAt is not null, path + ".postedAt", "The posting instant is required.")
                & errors.Check(r.Sku is not null && bySku.ContainsKey(r.Sku), path + ".sku", "The SKU is not one of the scripted products.")
                & errors.Check(r.Quantity >= 1, path + ".quantity", "The quantity must be at least 1.")
                & errors.Check(perUnit * r.Quantity == r.Amount, path + ".amount", "The amount must split evenly (to the cent) over the quantity.");
            if (valid)
            {
                var reimbursement = new Reimbursement(
                    r.ReimbursementId ?? ScriptIds.Digits("reimbursement/" + i, 10), r.CaseId ?? string.Empty, r.PostedAt!.Value,
                    r.Reason ?? "Lost_Warehouse", r.AmazonOrderId, bySku[r.Sku!], r.Quantity, perUnit)
                { Marketplace = marketplace };
                reimbursements.Add(r.AdjustmentType is { } type ? reimbursement with { AdjustmentType = type } : reimbursement);
            }
        }

        return reimbursements;
    }

    private static Dictionary<string, StockLevel> Stock(IReadOnlyList<ScriptedStock> scripted, IReadOnlyDictionary<string, Product> bySku, DateTimeOffset now, ScriptErrors errors)
    {
        var stock = new Dictionary<string, StockLevel>(StringComparer.Ordinal);
        for (var i = 0; i < scripted.Count; i++)
        {
            var s = scripted[i];
            var path = $"inventory[{i}]";
            var quantities = new[] { s.Fulfillable, s.InboundWorking, s.InboundShipped, s.InboundReceiving, s.Reserved, s.Researching, s.CustomerDamaged, s.WarehouseDamaged, s.Defective };
            var valid = errors.Check(s.Sku is not null && bySku.TryGetValue(s.Sku, out var product) && product.IsFba, path + ".sku", "The SKU is not one of the scripted FBA products.")
                & errors.Check(s.Sku is null || !stock.ContainsKey(s.Sku), path + ".sku", "Each SKU has one stock entry.")
                & errors.Check(quantities.All(q => q >= 0), path, "Quantities must not be negative.");
            if (valid)
            {
                stock[s.Sku!] = new StockLevel(
                    s.Fulfillable, s.InboundWorking, s.InboundShipped, s.InboundReceiving, s.Reserved, s.Researching,
                    s.CustomerDamaged, s.WarehouseDamaged, s.Defective, s.UpdatedAt ?? now);
            }
        }

        return stock;
    }

    private static Dictionary<(string, string, DateOnly), DailyTraffic> Traffic(IReadOnlyList<ScriptedTraffic> scripted, IReadOnlyDictionary<string, Product> bySku, ScriptErrors errors)
    {
        var traffic = new Dictionary<(string, string, DateOnly), DailyTraffic>();
        for (var i = 0; i < scripted.Count; i++)
        {
            var t = scripted[i];
            var path = $"traffic[{i}]";
            var marketplace = Marketplace(t.MarketplaceId, path + ".marketplaceId", errors);
            var valid = errors.Check(t.Sku is not null && bySku.ContainsKey(t.Sku), path + ".sku", "The SKU is not one of the scripted products.")
                & errors.Check(t.Day is not null, path + ".day", "The day is required.")
                & errors.Check(t.MobileSessions >= 0 && t.Sessions >= t.MobileSessions, path + ".sessions", "Sessions must not be negative and include the mobile ones.")
                & errors.Check(t.MobilePageViews >= 0 && t.PageViews >= t.MobilePageViews, path + ".pageViews", "Page views must not be negative and include the mobile ones.")
                & errors.Check(t.BuyBoxPercentage is >= 0 and <= 100, path + ".buyBoxPercentage", "The Buy Box percentage is between 0 and 100.");
            if (valid)
            {
                var entry = new DailyTraffic(t.Sessions - t.MobileSessions, t.MobileSessions, t.PageViews - t.MobilePageViews, t.MobilePageViews, t.BuyBoxPercentage);
                errors.Check(traffic.TryAdd((t.Sku!, marketplace.Id, t.Day!.Value), entry), path, "Each SKU has one traffic entry per marketplace and day.");
            }
        }

        return traffic;
    }
}
