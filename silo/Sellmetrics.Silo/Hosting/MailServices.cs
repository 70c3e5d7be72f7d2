using Microsoft.Extensions.Options;
using Sellmetrics.Data;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Mail;

namespace Sellmetrics.Silo.Hosting;

public static partial class MailServices
{
    /// <summary>The mail outbox and its sender (SMTP when <c>Mail:Host</c> is set, else a pickup folder), and verification links.</summary>
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<MailOutboxSignal>();
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddSingleton<IPublicLinks>(services => services.GetRequiredService<PublicLinks>());
        builder.Services.AddSingleton<EmailLinks>();
        builder.Services.AddSingleton<IMailTransport>(services =>
        {
            var mail = services.GetRequiredService<IOptions<MailOptions>>().Value;
            if (mail.UsesSmtp)
            {
                return new SmtpMailTransport(services.GetRequiredService<IOptions<MailOptions>>());
            }

            var storage = services.GetRequiredService<IConfiguration>().GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
            var pickup = new PickupFolderMailTransport(mail.PickupDirectory is { Length: > 0 } folder ? folder : Path.Combine(storage.DataDirectory, "mail"));
            LogPickupFolder(services.GetRequiredService<ILoggerFactory>().CreateLogger("Sellmetrics.Mail"), pickup.Directory);
            return pickup;
        });
        builder.Services.AddHostedService<MailOutboxSender>();
        return builder;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Mail:Host is set: mail is written as .eml files to {Folder} instead of being sent")]
    private static partial void LogPickupFolder(ILogger logger, string folder);
}
