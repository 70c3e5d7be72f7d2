using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Sellmetrics.Testing;
using Sellmetrics.Web.Dashboard;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>Hub connections as the browser makes them, and waiting for what they observe.</summary>
public static class DashboardHubClient
{
    /// <summary>WebSockets straight away (no negotiate), with these cookies (none: anonymous).</summary>
    public static HubConnection Connect(SellmetricsApp app, IReadOnlyDictionary<string, string>? cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.Address, DashboardHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                if (cookies is not null)
                {
                    options.Headers["Cookie"] = string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
                }
            })
            .Build();

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after ten seconds.</summary>
    public static Task WaitUntilAsync(Func<bool> condition) =>
        Eventually.HoldsAsync(() => Task.FromResult(condition()), TimeSpan.FromSeconds(10), "The hub connection never got there.", TestContext.Current.CancellationToken);
}
