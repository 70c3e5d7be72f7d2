using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Sellmetrics.Data;
using Sellmetrics.Data.DataProtection;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Security.Fernet;
using Sellmetrics.Security.Passwords;
using Sellmetrics.Security.Totp;
using Sellmetrics.Silo.DataProtection;

namespace Sellmetrics.Silo.Hosting;

public static class SellmetricsServices
{
    /// <summary>The services grains use: settings, repositories, password hashing, TOTP, and Data Protection keys kept in PostgreSQL, sealed with Fernet.</summary>
    public static WebApplicationBuilder AddSellmetricsServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SellmetricsOptions>()
            .BindConfiguration(SellmetricsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddKeyedSingleton(Clock.Key, TimeProvider.System);
        builder.Services.AddSellmetricsData();
        builder.Services.AddSingleton(new PasswordHasher());
        builder.Services.AddSingleton(services => new TotpGenerator(services.GetRequiredKeyedService<TimeProvider>(Clock.Key)));
        builder.Services.AddSingleton<Sessions>();
        builder.Services.TryAddSingleton<IPurgeStepObserver, SilentPurgeStepObserver>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, UnfinishedPurges>();

        builder.Services.AddDataProtection().SetApplicationName("Sellmetrics");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(keys =>
        {
            keys.XmlRepository = new PostgresXmlRepository(services.GetRequiredService<NpgsqlDataSource>());
            keys.XmlEncryptor = new FernetXmlEncryptor(services.GetRequiredService<FernetKeyRing>());
        }));
        return builder;
    }
}
