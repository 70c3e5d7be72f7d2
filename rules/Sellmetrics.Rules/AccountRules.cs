using System.Net.Mail;

namespace Sellmetrics.Rules;

/// <summary>What makes an email, display name and password acceptable; checked by the endpoints and again by the grains.</summary>
public static class AccountRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 1024;
    public const int MaxDisplayNameLength = 100;
    public const int MaxEmailLength = 254;

    public static string? EmailError(string? email) =>
        email is { Length: > 0 and <= MaxEmailLength } && !PlainText.HasControlCharacters(email) && MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim()
            ? null
            : "Enter a valid email address.";

    public static string? DisplayNameError(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > MaxDisplayNameLength
            ? $"Enter a name of 1 to {MaxDisplayNameLength} characters."
            : PlainText.HasControlCharacters(displayName) ? PlainText.ControlCharacterError : null;

    /// <summary>
    /// Length, then the NIST SP 800-63B checks: not a common or breached password, not built on the email's local part or
    /// the service's name. <paramref name="email"/> is the account's address, when known.
    /// </summary>
    public static string? PasswordError(string? password, string? email = null)
    {
        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            return $"Choose a password of {MinPasswordLength} to {MaxPasswordLength} characters.";
        }

        if (CommonPasswords.Contains(password))
        {
            return "This password is among the most common ones attackers try first. Choose another.";
        }

        return ContextWords(email).Any(word => password.Contains(word, StringComparison.OrdinalIgnoreCase))
            ? "Choose a password that contains neither your email address nor the name Sellmetrics."
            : null;
    }

    /// <summary>Every problem with a sign-up, keyed by field name; empty when it is acceptable.</summary>
    public static Dictionary<string, string[]> Validate(string? email, string? displayName, string? password, bool confirmAdult)
    {
        var errors = new Dictionary<string, string[]>();
        Add(errors, "email", EmailError(email));
        Add(errors, "displayName", DisplayNameError(displayName));
        Add(errors, "password", PasswordError(password, email));
        Add(errors, "confirmAdult", confirmAdult ? null : "Sellmetrics is for people aged 18 or older.");
        return errors;
    }

    // Words an attacker guesses first for this account; a local part shorter than four letters would refuse too much.
    private static IEnumerable<string> ContextWords(string? email)
    {
        yield return "sellmetrics";
        var localPart = email?.Trim().Split('@')[0] ?? string.Empty;
        if (localPart.Length >= 4)
        {
            yield return localPart;
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string? error)
    {
        if (error is not null)
        {
            errors[field] = [error];
        }
    }
}
