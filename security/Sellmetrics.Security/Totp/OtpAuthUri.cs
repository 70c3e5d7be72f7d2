using System.Globalization;

namespace Sellmetrics.Security.Totp;

/// <summary>Builds the otpauth:// URI (Google Authenticator key URI format) that a QR code carries.</summary>
public static class OtpAuthUri
{
    /// <summary>Label and parameters are percent-escaped; issuer and account may not contain ':' because it separates them.</summary>
    public static string Create(string issuer, string account, ReadOnlySpan<byte> secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        if (issuer.Contains(':', StringComparison.Ordinal) || account.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("Neither the issuer nor the account name may contain ':'.");
        }

        var escapedIssuer = Uri.EscapeDataString(issuer);
        var label = $"{escapedIssuer}:{Uri.EscapeDataString(account)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{label}?secret={TotpGenerator.EncodeSecret(secret.ToArray())}&issuer={escapedIssuer}"
            + $"&algorithm=SHA1&digits={TotpGenerator.DefaultDigits}&period={TotpGenerator.StepSeconds}");
    }
}
