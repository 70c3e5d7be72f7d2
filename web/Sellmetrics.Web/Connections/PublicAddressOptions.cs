namespace Sellmetrics.Web.Connections;

/// <summary>
/// Where browsers reach this app (<c>Sellmetrics:PublicBaseUrl</c>, an absolute http(s) URL), for addresses handed to
/// another site such as the OAuth <c>redirect_uri</c>. Unset in a local run: the server's own listening address is used.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Section = "Sellmetrics";

    public Uri? PublicBaseUrl { get; set; }

    public bool IsValid => PublicBaseUrl is null || (PublicBaseUrl.IsAbsoluteUri && PublicBaseUrl.Scheme is "http" or "https");
}
