namespace Sellmetrics.Sandbox.Generation;

/// <summary>An Amazon marketplace the sandbox can sell in: its id, the name Finances writes, its currency and country.</summary>
internal sealed record AmazonMarketplace(string Id, string Name, string Currency, string CountryCode)
{
    public static readonly AmazonMarketplace UnitedStates = new("ATVPDKIKX0DER", "Amazon.com", "USD", "US");

    public static readonly AmazonMarketplace Canada = new("A2EUQ1WTGCTBG2", "Amazon.ca", "CAD", "CA");

    public static readonly IReadOnlyList<AmazonMarketplace> All = [UnitedStates, Canada];

    public static AmazonMarketplace? Find(string? id) => All.FirstOrDefault(m => m.Id == id);
}
