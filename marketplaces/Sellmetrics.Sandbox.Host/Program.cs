using Sellmetrics.Sandbox;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMarketplaceSandbox(builder.Configuration);

var app = builder.Build();
app.MapMarketplaceSandbox();

await app.RunAsync();
