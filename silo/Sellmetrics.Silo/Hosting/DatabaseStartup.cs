using System.ComponentModel.DataAnnotations;
using Sellmetrics.Data;

namespace Sellmetrics.Silo.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Opens the silo's database before the host is built, because Orleans' providers need it from
    /// their first moment: the configured <c>ConnectionStrings:Sellmetrics</c>, or else an embedded
    /// PostgreSQL in <c>Storage:DataDirectory</c>. The schema is migrated before this returns; the
    /// host owns the database from then on and closes it (stopping an embedded server) when disposed.
    /// </summary>
    public static async Task<SellmetricsDatabase> AddSellmetricsDatabaseAsync(this WebApplicationBuilder builder, ILoggerFactory startupLogging)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        Validator.ValidateObject(storage, new ValidationContext(storage), validateAllProperties: true);

        var connectionString = builder.Configuration.GetConnectionString(SellmetricsDatabase.ConnectionStringName);
        var database = await SellmetricsDatabase.OpenAsync(connectionString, storage, startupLogging);
        // Factory registrations, so the container disposes them with the host.
        builder.Services.AddSingleton(_ => database);
        builder.Services.AddSingleton(services => services.GetRequiredService<SellmetricsDatabase>().DataSource);
        return database;
    }
}
