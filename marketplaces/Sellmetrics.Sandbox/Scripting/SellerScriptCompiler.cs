using System.Text.Json;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Scripting;

/// <summary>Checks a script and turns it into a seller built from the same order, refund and event records the generator makes.</summary>
internal static partial class SellerScriptCompiler
{
    private const string DefaultStoreName = "Scripted Store";

    /// <summary>The scripted seller, or null with <paramref name="errors"/> saying why.</summary>
    public static Seller? Compile(ScriptedSellerRequest script, DateTimeOffset now, ScriptErrors errors)
    {
        errors.Check(script.Seed >= 0, "seed", "The seed must not be negative.");
        var storeName = string.IsNullOrWhiteSpace(script.StoreName) ? DefaultStoreName : script.StoreName;
        var products = Products(script.Products ?? [], storeName, errors);
        var bySku = products.DistinctBy(p => p.Sku).ToDictionary(p => p.Sku, StringComparer.Ordinal);
        var orders = Orders(script.AmazonOrders ?? [], bySku, errors);
        var fees = ServiceFees(script.ServiceFees ?? [], bySku, errors);
        var reimbursements = Reimbursements(script.Reimbursements ?? [], bySku, errors);
        var stock = Stock(script.Inventory ?? [], bySku, now, errors);
        var traffic = Traffic(script.Traffic ?? [], bySku, errors);
        if (errors.Any)
        {
            return null;
        }

        var catalog = new SellerCatalog(script.Seed, products, fixedListings: true);
        var history = new ScriptedAmazonHistory(orders, reimbursements, fees, stock, traffic, now);
        return new Seller(script.Seed, storeName, catalog, history, JsonSerializer.Serialize(script));
    }

    private static List<Product> Products(IReadOnlyList<ScriptedProduct> scripted, string storeName, ScriptErrors errors)
    {
        errors.Check(scripted.Count > 0, "products", "A scripted seller needs at least one product.");
        var skus = new HashSet<string>(StringComparer.Ordinal);
        var asins = new HashSet<string>(StringComparer.Ordinal);
        var products = new List<Product>();
        for (var i = 0; i < scripted.Count; i++)
        {
            var p = scripted[i];
            var path = $"products[{i}]";
            var category = ProductCategory.All.FirstOrDefault(c => c.Name == (p.Category ?? "Home"));
            var valid = errors.Check(!string.IsNullOrWhiteSpace(p.Sku) && skus.Add(p.Sku), path + ".sku", "Each product needs a SKU of its own.")
                & errors.Check(!string.IsNullOrWhiteSpace(p.Asin) && asins.Add(p.Asin), path + ".asin", "Each product needs an ASIN of its own.")
                & errors.Check(!string.IsNullOrWhiteSpace(p.Title), path + ".title", "The title is required.")
                & errors.Check(p.Price >= 0, path + ".price", "The price must not be negative.")
                & errors.Check(p.FbaFeePerUnit is null or >= 0, path + ".fbaFeePerUnit", "The FBA fee must not be negative.")
                & errors.Check(category is not null, path + ".category", "The category must be one of " + string.Join(", ", ProductCategory.All.Select(c => c.Name)) + ".");
            if (valid)
            {
                products.Add(new Product(
                    Index: products.Count,
                    Sku: p.Sku!,
                    Asin: p.Asin!,
                    FnSku: p.FnSku ?? "X00" + ScriptIds.Digits("fnsku/" + p.Sku, 7),
                    Title: p.Title!,
                    Brand: p.Brand ?? storeName,
                    Category: category!,
                    BasePrice: p.Price,
                    Bullets: [],
                    ImageIds: ["S" + ScriptIds.Digits("image/" + p.Sku, 10)],
                    FbaFeePerUnit: p.FbaFeePerUnit ?? 5.00m,
                    IsFba: p.Fba,
                    Popularity: 1,
                    ConversionPercent: 10,
                    Upc: "0" + ScriptIds.Digits("upc/" + p.Sku, 11),
                    OnWalmart: false,
                    WalmartItemId: ScriptIds.Digits("walmart/" + p.Sku, 9),
                    ListedOn: new DateOnly(2024, 1, 1)));
            }
        }

        return products;
    }

    private static AmazonMarketplace Marketplace(string? id, string path, ScriptErrors errors)
    {
        var marketplace = AmazonMarketplace.NorthAmerica.FirstOrDefault(m => m.Id == (id ?? AmazonMarketplace.UnitedStates.Id));
        errors.Check(marketplace is not null, path, "The marketplace must be one of " + string.Join(", ", AmazonMarketplace.NorthAmerica.Select(m => m.Id)) + ".");
        return marketplace ?? AmazonMarketplace.UnitedStates;
    }
}
