using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Mail;
using Sellmetrics.Grains.Mail;

namespace Sellmetrics.Grains.Accounts;

/// <summary>Opens and completes email verification links: the token, its mail through the outbox, the bootstrap rule.</summary>
public sealed class EmailLinks(
    EmailVerificationStore store,
    PublicLinks links,
    MailOutboxSignal outbox,
    IOptions<SellmetricsOptions> options,
    [FromKeyedServices(Clock.Key)] TimeProvider time)
{
    public const string PagePath = "verify-email.html";

    /// <summary>Sends a new link proving <paramref name="email"/> for the account (replacing its open one); false when another account holds the address and nothing was sent.</summary>
    public async Task<bool> OpenAsync(Guid userId, string email)
    {
        var token = EmailTokens.New();
        var now = time.GetUtcNow();
        var lifetime = options.Value.EmailLinkLifetime;
        var link = new EmailLink(userId, email, EmailTokens.Hash(token), now, now + lifetime);
        var sent = await store.OpenAsync(link, MailOf(email, links.To($"{PagePath}#token={token}"), lifetime));
        if (sent)
        {
            outbox.Notify();
        }

        return sent;
    }

    public Task<string?> PendingAsync(Guid userId) => store.FindPendingAsync(userId, time.GetUtcNow());

    public Task<Guid?> FindUserAsync(string token) => store.FindUserAsync(EmailTokens.Hash(token));

    public Task<EmailVerificationOutcome> CompleteAsync(Guid userId, string token) =>
        store.CompleteAsync(userId, EmailTokens.Hash(token), time.GetUtcNow(), options.Value.IsBootstrapAdmin);

    private static OutgoingMail MailOf(string email, Uri link, TimeSpan lifetime) => new(
        email,
        "Confirm your email address for Sellmetrics",
        $"""
        Someone, hopefully you, asked to use this address for a Sellmetrics account.

        To confirm it, open this link within {lifetime.TotalHours:0} hours:

        {link}

        If it was not you, ignore this mail: nothing changes unless the link is opened.
        """);
}
