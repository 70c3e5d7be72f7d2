using Sellmetrics.Security.Fernet;
using Sellmetrics.Silo.Hosting;

if (args is ["generate-encryption-key"])
{
    Console.WriteLine(FernetKey.Generate().ToBase64UrlString());
    return;
}

await using var app = await SellmetricsHost.BuildAsync(args);
await app.RunAsync();
