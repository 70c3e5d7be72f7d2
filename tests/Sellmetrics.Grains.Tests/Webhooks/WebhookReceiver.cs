using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Sellmetrics.Grains.Tests.Webhooks;

/// <summary>A real HTTP endpoint on loopback that answers 503 to its first <c>failures</c> posts, then 200, and keeps every post.</summary>
internal sealed class WebhookReceiver(WebApplication app) : IAsyncDisposable
{
    public ConcurrentQueue<(string Signature, string Body, int Status)> Posts { get; } = new();

    public Uri Url => new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/hook");

    public static async Task<WebhookReceiver> StartAsync(int failures)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = receiver.Posts.Count < failures ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            receiver.Posts.Enqueue((request.Headers["Sellmetrics-Signature"].ToString(), body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
