using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Browser;

/// <summary>
/// One seller in their own Chromium context (own cookies), using Sellmetrics through its pages as a person would: signs
/// up on the sign-up page, connects on the connections page, reads the dashboard by its data attributes. Script errors of
/// any page fail the test that disposes it.
/// </summary>
public sealed class SellerBrowser : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly List<string> _scriptErrors = [];

    private SellerBrowser(IBrowserContext context, IPage page, string email, string password, Guid tenantId)
    {
        Context = context;
        Page = page;
        Email = email;
        Password = password;
        TenantId = tenantId;
    }

    public IBrowserContext Context { get; }

    /// <summary>The first tab; <see cref="OpenTabAsync"/> opens more in the same session.</summary>
    public IPage Page { get; }

    public string Email { get; }

    public string Password { get; }

    public Guid TenantId { get; }

    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    /// <summary>Set by a test that cuts the live connection: the browser then rightly reports failed WebSockets.</summary>
    public bool ExpectsConnectionErrors { get; set; }

    /// <summary>Opens a new context, signs up on <c>/sign-up.html</c>, continues past the link-sent notice and waits for the dashboard.</summary>
    public static async Task<SellerBrowser> SignUpAsync(IBrowser browser, SellmetricsApp app, string name)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var unique = Guid.NewGuid().ToString("N")[..10];
        var email = $"{name.ToLowerInvariant()}-{unique}@shop.test";

        await page.GotoAsync("/sign-up.html");
        var form = page.Locator("form#sign-up");
        await form.Locator("input[name=email]").FillAsync(email);
        await form.Locator("input[name=displayName]").FillAsync($"{name} {unique}");
        await form.Locator("input[name=password]").FillAsync($"Browser-Password-{unique}");
        await form.Locator("input[name=confirmAdult]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator("#link-sent #continue-link").ClickAsync();
        await page.WaitForURLAsync("**/dashboard.html**");

        await using var database = NpgsqlDataSource.Create(app.ConnectionString);
        var tenantId = await database.ScalarAsync<Guid>("SELECT tenant_id FROM identity.users WHERE email = @email", ("email", email));
        var seller = new SellerBrowser(context, page, email, $"Browser-Password-{unique}", tenantId);
        seller.Watch(page);
        return seller;
    }

    /// <summary>Opens a tab on <paramref name="path"/>; <paramref name="prepare"/> runs first (to route its traffic, say).</summary>
    public async Task<IPage> OpenTabAsync(string path, Func<IPage, Task>? prepare = null)
    {
        var page = await Context.NewPageAsync();
        Watch(page);
        if (prepare is not null)
        {
            await prepare(page);
        }

        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Fills the manual-keys form of the connections page with a sandbox seller's credentials.</summary>
    public async Task ConnectAmazonAsync(JsonElement credentials)
    {
        await Page.GotoAsync("/connections.html");
        await Page.Locator("#amazon-manual-details > summary").ClickAsync();
        var form = Page.Locator("form#amazon-manual");
        foreach (var field in new[] { "lwaClientId", "lwaClientSecret", "refreshToken", "sellerId" })
        {
            await form.Locator($"[name={field}]").FillAsync(credentials.GetProperty(field).GetString()!);
        }

        await form.Locator("button[type=submit]").ClickAsync();
        await Page.Locator("[data-connection-id]").First.WaitForAsync();
    }

    /// <summary>Waits (through the API, with this browser's cookies) until every dataset has its history in.</summary>
    public async Task WaitForImportAsync(TimeSpan timeout)
    {
        await Eventually.ReturnsAsync(
            () => GetJsonAsync("/api/connections"),
            connections => connections.GetArrayLength() > 0 && connections.EnumerateArray().All(c => c.GetProperty("datasets").EnumerateArray()
                .All(d => d.GetProperty("progress").GetDecimal() == 1m && d.GetProperty("error").ValueKind == JsonValueKind.Null)),
            timeout, connections => $"The import did not complete: {connections}", TestContext.Current.CancellationToken);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Context.APIRequest.GetAsync(path);
        Assert.True(response.Ok, $"GET {path}: {response.Status}");
        using var document = JsonDocument.Parse(await response.TextAsync());
        return document.RootElement.Clone();
    }

    /// <summary>A dashboard number as the page holds it (<c>data-value</c> of a tile's field).</summary>
    public static async Task<decimal> TileAsync(IPage page, string tile, string field) =>
        Number(await page.Locator($"[data-tile={tile}] [data-field={field}]").First.GetAttributeAsync("data-value"));

    public static decimal Number(string? value) =>
        string.IsNullOrEmpty(value) ? 0m : decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Waits until a page's dashboard tile field differs from <paramref name="before"/>.</summary>
    public static Task WaitForTileChangeAsync(IPage page, string tile, string field, decimal before) =>
        WaitForTileAsync(page, tile, field, below: false, before);

    /// <summary>Waits until a page's dashboard tile field is below <paramref name="threshold"/>.</summary>
    public static Task WaitForTileBelowAsync(IPage page, string tile, string field, decimal threshold) =>
        WaitForTileAsync(page, tile, field, below: true, threshold);

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        Assert.True(_scriptErrors.Count == 0, $"Script errors in {Email}'s pages:\n{string.Join('\n', _scriptErrors)}");
    }

    private static Task WaitForTileAsync(IPage page, string tile, string field, bool below, decimal operand) =>
        page.WaitForFunctionAsync(
            "([tile, field, below, operand]) => { const e = document.querySelector(`[data-tile=${tile}] [data-field=${field}]`);"
            + " if (!e || e.dataset.value === '') return false; const value = Number(e.dataset.value); return below ? value < operand : value !== operand; }",
            new object[] { tile, field, below, (double)operand });

    private static bool IsConnectionError(string text) =>
        text.Contains("WebSocket", StringComparison.OrdinalIgnoreCase) || text.Contains("connection", StringComparison.OrdinalIgnoreCase);

    private void Watch(IPage page)
    {
        page.PageError += (_, error) => _scriptErrors.Add($"{page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status == 404 && !new Uri(response.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                _scriptErrors.Add($"{page.Url}: missing file {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(ExpectsConnectionErrors && IsConnectionError(message.Text)))
            {
                _scriptErrors.Add($"{page.Url}: console: {message.Text}");
            }
        };
    }
}
