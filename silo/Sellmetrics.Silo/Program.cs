using Sellmetrics.Silo.Hosting;
using Sellmetrics.Web;

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnPlatformPort();

using var startupLogging = StartupLogging.Create(builder.Configuration);
await using var database = await builder.OpenSellmetricsDatabaseAsync(startupLogging);

builder.AddSellmetricsSilo(database.DataSource);
builder.AddSellmetricsWeb();

var app = builder.Build();
app.MapSellmetricsWeb();
app.AnnounceWhenStarted(database.IsEmbedded);

await app.RunAsync();
