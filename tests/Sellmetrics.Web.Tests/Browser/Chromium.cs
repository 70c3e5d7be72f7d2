using Microsoft.Playwright;

namespace Sellmetrics.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium (driven by Playwright through its executable path: no downloaded browser) shared by the
/// browser tests of a collection; every test opens its own contexts, so cookies never leak between sellers.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary><c>CHROMIUM_PATH</c>, or Debian's chromium package.</summary>
    private static string ExecutablePath() =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : Candidates.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException("Chromium is not installed: run 'apt-get install -y chromium' (as .ci/run does) or set CHROMIUM_PATH.");
}
