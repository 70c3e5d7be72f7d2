using System.Security.Cryptography;

namespace Sellmetrics.Security.Passwords;

/// <summary>PBKDF2-HMAC-SHA256 password hashing in a self-describing format; also verifies imported Django and Werkzeug hashes.</summary>
public sealed class PasswordHasher
{
    /// <summary>OWASP's 2023 floor for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Longer passwords are refused, so a huge input cannot be used to burn CPU.</summary>
    public const int MaxPasswordLength = 1024;

    private static readonly byte[] DummySalt = new byte[16];

    public PasswordHasher(int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        Iterations = iterations;
    }

    public int Iterations { get; }

    /// <summary>Hashes a password with a fresh 16-byte salt as <c>pbkdf2-sha256$iterations$salt$hash</c>.</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(password.Length, MaxPasswordLength, nameof(password));
        return NativePasswordHash.Create(password, Iterations);
    }

    /// <summary>Checks a password in constant time; pass a null hash for an unknown user to spend the same work and fail.</summary>
    public PasswordVerificationResult Verify(string? storedHash, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length > MaxPasswordLength)
        {
            return PasswordVerificationResult.Failed;
        }

        if (storedHash is null || !StoredPasswordHash.TryParse(storedHash, out var stored))
        {
            Rfc2898DeriveBytes.Pbkdf2(password, DummySalt, Iterations, HashAlgorithmName.SHA256, NativePasswordHash.HashLength);
            return PasswordVerificationResult.Failed;
        }

        if (!stored.Matches(password))
        {
            return PasswordVerificationResult.Failed;
        }

        return stored.IsNative && stored.Iterations >= Iterations
            ? PasswordVerificationResult.Success
            : PasswordVerificationResult.SuccessRehashNeeded;
    }
}
