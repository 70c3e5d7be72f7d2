using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Tests.Walmart;

/// <summary>Calls the sandbox's Walmart API the way Walmart asks: Basic auth for the token, then WM_* headers on every call.</summary>
public static class WalmartCalls
{
    public static async Task<HttpResponseMessage> TokenAsync(SandboxApp sandbox, SellerCredentials seller, bool withServiceName = true, bool withCorrelationId = true, string? secret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/walmart/v3/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{seller.WalmartClientId}:{secret ?? seller.WalmartClientSecret}")));
        request.Headers.Accept.ParseAdd("application/json");
        if (withServiceName)
        {
            request.Headers.Add("WM_SVC.NAME", "Walmart Marketplace");
        }

        if (withCorrelationId)
        {
            request.Headers.Add("WM_QOS.CORRELATION_ID", Guid.NewGuid().ToString());
        }

        return await sandbox.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<string> AccessTokenAsync(SandboxApp sandbox, SellerCredentials seller)
    {
        using var response = await TokenAsync(sandbox, seller);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpResponseMessage> GetAsync(SandboxApp sandbox, string token, string pathAndQuery, bool withServiceName = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/walmart" + pathAndQuery);
        request.Headers.Add("WM_SEC.ACCESS_TOKEN", token);
        request.Headers.Add("WM_QOS.CORRELATION_ID", Guid.NewGuid().ToString());
        if (withServiceName)
        {
            request.Headers.Add("WM_SVC.NAME", "Walmart Marketplace");
        }

        return await sandbox.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<string> TextAsync(SandboxApp sandbox, string token, string pathAndQuery)
    {
        using var response = await GetAsync(sandbox, token, pathAndQuery);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from {pathAndQuery}: {text}");
        return text;
    }
}
