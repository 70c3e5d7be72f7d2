namespace Sellmetrics.Web.Tests.Browser;

/// <summary>The browser tests share one Chromium and run one after another (each drives a whole app and a browser).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
