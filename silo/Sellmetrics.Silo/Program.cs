using Sellmetrics.Security.Fernet;
using Sellmetrics.Silo.Hosting;
using Sellmetrics.Web;

if (args is ["generate-encryption-key"])
{
    Console.WriteLine(FernetKey.Generate().ToBase64UrlString());
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnPlatformPort();
using var startupLogging = StartupLogging.Create(builder.Configuration);
var database = await builder.AddSellmetricsDatabaseAsync(startupLogging);
builder.AddEncryptionKeys(database, startupLogging);
builder.AddSellmetricsServices();
builder.AddSellmetricsSilo(database.DataSource);
builder.AddSellmetricsWeb();

var app = builder.Build();
app.MapSellmetricsWeb();
app.AnnounceWhenStarted(database.IsEmbedded);

await app.RunAsync();
