namespace Sellmetrics.Grains;

/// <summary>
/// Absolute addresses of this app for another party (mail links, the OAuth <c>redirect_uri</c>): under
/// <c>Sellmetrics:PublicBaseUrl</c>, never under a request's Host header, which whoever sends the request chooses.
/// </summary>
public interface IPublicLinks
{
    /// <summary>The absolute address of a path (and fragment) of this app.</summary>
    Uri To(string pathAndFragment);
}
