using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sellmetrics.Grains.Mail;

/// <summary>
/// Absolute links for mail: under <c>Sellmetrics:PublicBaseUrl</c>, else under the address this app listens on (a local
/// run). Never from a request's Host header, which whoever sends the request chooses.
/// </summary>
public sealed class PublicLinks(IOptions<SellmetricsOptions> options, IServiceProvider services) : IPublicLinks
{
    public Uri To(string pathAndFragment) => new(BaseUrl(), pathAndFragment.TrimStart('/'));

    private Uri BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
        }

        var listening = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return ListeningAddress.RootOf(listening);
    }
}
