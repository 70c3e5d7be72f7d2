using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Sellers;

/// <summary>All sellers of this sandbox, by seller id; the default one comes from <c>Sandbox:Seed</c>.</summary>
internal sealed class SellerRegistry(IOptions<SandboxOptions> options)
{
    private readonly ConcurrentDictionary<string, Seller> _sellers = new(StringComparer.Ordinal);
    private readonly Lazy<Seller> _default = new(() => new Seller(options.Value.Seed) { ChangesListingsHourly = true });

    public Seller Default => Register(_default.Value);

    public IEnumerable<Seller> All
    {
        get
        {
            _ = Default;
            return _sellers.Values;
        }
    }

    public Seller Create(long seed, SellingRegion region)
    {
        // The default seller first, so creating it by its seed gives the demo seller itself, hourly listing changes and all.
        _ = Default;
        return Register(region == SellingRegion.NorthAmerica ? new Seller(seed) : new Seller(seed, region));
    }

    /// <summary>Registers a scripted seller; the same script again gives the seller already registered, another script under the same seed null.</summary>
    public Seller? RegisterScripted(Seller seller)
    {
        var registered = Register(seller);
        return registered.Script == seller.Script ? registered : null;
    }

    public Seller? Find(string sellerId)
    {
        _ = Default;
        return _sellers.GetValueOrDefault(sellerId);
    }

    public Seller? FindByLwaClient(string clientId) => All.FirstOrDefault(s => s.Credentials.LwaClientId == clientId);

    public Seller? FindByRefreshToken(string refreshToken) => All.FirstOrDefault(s => s.Credentials.RefreshToken == refreshToken);

    public Seller? FindByWalmartClient(string clientId) => All.FirstOrDefault(s => s.Credentials.WalmartClientId == clientId);

    private Seller Register(Seller seller) => _sellers.GetOrAdd(seller.SellerId, seller);
}
