using Sellmetrics.Grains.Connections;

namespace Sellmetrics.Silo.Hosting;

public static class SyncServices
{
    /// <summary>What the connection grains pull with: sync settings, the credential vault and check, and the fact dispatcher.</summary>
    public static WebApplicationBuilder AddSync(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SyncOptions>()
            .BindConfiguration(SyncOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CredentialVault>();
        builder.Services.AddSingleton<FactDispatcher>();
        builder.Services.AddSingleton<PullServices>();
        return builder;
    }
}
