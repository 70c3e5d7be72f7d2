using System.Text.RegularExpressions;
using MimeKit;
using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>The mail a test app "delivered" to its pickup folder (no SMTP server configured), read as a recipient would.</summary>
public sealed partial class Mailbox(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>Every mail to <paramref name="recipient"/>, oldest first.</summary>
    public IReadOnlyList<MimeMessage> To(string recipient) =>
        !System.IO.Directory.Exists(Directory)
            ? []
            : new DirectoryInfo(Directory).GetFiles("*.eml").OrderBy(file => file.LastWriteTimeUtc).ThenBy(file => file.Name)
                .Select(file => MimeMessage.Load(file.FullName))
                .Where(message => message.To.Mailboxes.Any(to => string.Equals(to.Address, recipient, StringComparison.OrdinalIgnoreCase)))
                .ToList();

    /// <summary>Waits until <paramref name="recipient"/> has at least <paramref name="count"/> mails and returns the token of the last link.</summary>
    public async Task<string> WaitForTokenAsync(string recipient, int count = 1)
    {
        var mails = await Eventually.ReturnsAsync(
            () => Task.FromResult(To(recipient)), m => m.Count >= count, TimeSpan.FromSeconds(30),
            m => $"{recipient} received {m.Count} mails, not {count}", TestContext.Current.CancellationToken);
        return TokenIn(mails[^1].TextBody);
    }

    public static string TokenIn(string? body) => LinkToken().Match(body ?? string.Empty) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("The mail holds no verification link.");

    public static Uri LinkIn(string? body) => new(LinkPattern().Match(body ?? string.Empty).Value);

    [GeneratedRegex("verify-email\\.html#token=([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkToken();

    [GeneratedRegex("https?://\\S+verify-email\\.html#token=[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
