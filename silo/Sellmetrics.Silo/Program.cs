using Sellmetrics.Silo.Hosting;
using Sellmetrics.Web;

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnPlatformPort();
var database = await builder.AddSellmetricsDatabaseAsync();
builder.AddSellmetricsSilo(database.DataSource);
builder.AddSellmetricsWeb();

var app = builder.Build();
app.MapSellmetricsWeb();
app.AnnounceWhenStarted(database.IsEmbedded);

await app.RunAsync();
