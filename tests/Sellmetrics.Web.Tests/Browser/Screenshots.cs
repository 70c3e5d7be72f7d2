using Microsoft.Playwright;

namespace Sellmetrics.Web.Tests.Browser;

/// <summary>
/// Full-page screenshots kept as test artifacts: attached to the test's result and written to
/// <c>SELLMETRICS_TEST_ARTIFACTS</c> (default <c>artifacts/screenshots</c> beside the test binaries).
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("SELLMETRICS_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts"),
        "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}.png");
        var image = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment($"{name}.png", image, "image/png");
    }
}
