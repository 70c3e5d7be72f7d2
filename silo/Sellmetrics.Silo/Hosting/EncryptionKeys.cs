using Sellmetrics.Data;
using Sellmetrics.Grains;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Silo.Hosting;

public static partial class EncryptionKeys
{
    private const string DevelopmentKeyFile = "encryption.key";

    /// <summary>
    /// Registers the Fernet key ring that seals credentials and MFA secrets, from
    /// <c>Sellmetrics:EncryptionKeys</c>. With the embedded database and no keys configured, a
    /// development key is generated into the data folder (with a warning); otherwise a missing
    /// key stops the start.
    /// </summary>
    public static WebApplicationBuilder AddEncryptionKeys(this WebApplicationBuilder builder, SellmetricsDatabase database, ILoggerFactory startupLogging)
    {
        var keys = builder.Configuration[$"{SellmetricsOptions.Section}:{nameof(SellmetricsOptions.EncryptionKeys)}"];
        if (string.IsNullOrWhiteSpace(keys))
        {
            if (!database.IsEmbedded)
            {
                throw new InvalidOperationException(
                    "Sellmetrics:EncryptionKeys (env Sellmetrics__EncryptionKeys) is not set. Marketplace credentials and MFA secrets " +
                    "are sealed with it, so Sellmetrics does not start without it. Generate a key with " +
                    "'dotnet run --project silo/Sellmetrics.Silo -- generate-encryption-key' and keep it in your secret store.");
            }

            keys = DevelopmentKey(builder.Configuration, startupLogging.CreateLogger("Sellmetrics.EncryptionKeys"));
        }

        builder.Services.AddSingleton(FernetKeyRing.Parse(keys));
        return builder;
    }

    private static string DevelopmentKey(IConfiguration configuration, ILogger logger)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var path = Path.GetFullPath(Path.Combine(storage.DataDirectory, DevelopmentKeyFile));
        if (!File.Exists(path))
        {
            SecretFile.Write(path, FernetKey.Generate().ToBase64UrlString());
        }

        LogDevelopmentKey(logger, path);
        return File.ReadAllText(path).Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Using a development encryption key from {Path}; set Sellmetrics:EncryptionKeys for any real deployment")]
    private static partial void LogDevelopmentKey(ILogger logger, string path);
}
