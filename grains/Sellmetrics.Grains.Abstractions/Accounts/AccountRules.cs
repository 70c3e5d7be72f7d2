using System.Net.Mail;

namespace Sellmetrics.Grains.Accounts;

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

    public static string? PasswordError(string? password) =>
        password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength
            ? $"Choose a password of {MinPasswordLength} to {MaxPasswordLength} characters."
            : null;

    /// <summary>Every problem with a sign-up, keyed by field name; empty when it is acceptable.</summary>
    public static Dictionary<string, string[]> Validate(string? email, string? displayName, string? password, bool confirmAdult)
    {
        var errors = new Dictionary<string, string[]>();
        Add(errors, "email", EmailError(email));
        Add(errors, "displayName", DisplayNameError(displayName));
        Add(errors, "password", PasswordError(password));
        Add(errors, "confirmAdult", confirmAdult ? null : "Sellmetrics is for people aged 18 or older.");
        return errors;
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string? error)
    {
        if (error is not null)
        {
            errors[field] = [error];
        }
    }
}
