namespace Sellmetrics.Grains;

/// <summary>The root URL this process can be reached at locally, from a URL it listens on (a wildcard host made loopback).</summary>
public static class ListeningAddress
{
    public static Uri RootOf(string listening)
    {
        var address = new UriBuilder(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (address.Host is "0.0.0.0" or "[::]" or "::")
        {
            address.Host = "localhost";
        }

        address.Path = "/";
        return address.Uri;
    }
}
