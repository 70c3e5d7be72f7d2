using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;
using Sellmetrics.Security.Passwords;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Grains.Accounts;

public sealed partial class UserGrain
{
    private const string Issuer = "Sellmetrics";

    public async Task<MfaSetup> BeginMfaSetupAsync()
    {
        var user = _user ?? throw new InvalidOperationException("The account no longer exists.");
        var secret = TotpGenerator.GenerateSecret();
        try
        {
            await SaveAsync(user with { MfaPendingSealed = keyRing.Encrypt(secret) });
            return new MfaSetup(TotpGenerator.EncodeSecret(secret), OtpAuthUri.Create(Issuer, user.Email, secret));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public async Task<IReadOnlyList<string>?> EnableMfaAsync(string code)
    {
        if (_user?.MfaPendingSealed is not { } pending)
        {
            return null;
        }

        var secret = keyRing.Decrypt(pending);
        try
        {
            if (!totp.TryVerify(secret, code.Trim(), null, out var step))
            {
                return null;
            }

            var recovery = RecoveryCodeSet.Generate(RecoveryCodeSet.DefaultCount, out var codes);
            await SaveAsync(_user with
            {
                MfaSecretSealed = pending,
                MfaPendingSealed = null,
                MfaLastStep = step,
                RecoveryCodeHashes = recovery.StoredHashes,
            });
            LogMfaEnabled(_user.Id);
            return codes;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public async Task<AccountChange> DisableMfaAsync(string password)
    {
        if (_user is null || await VerifyPasswordAsync(password) == PasswordVerificationResult.Failed)
        {
            return _user is null ? AccountChange.NotFound : AccountChange.WrongPassword;
        }

        await SaveAsync(_user with { MfaSecretSealed = null, MfaPendingSealed = null, MfaLastStep = null, RecoveryCodeHashes = [] });
        return AccountChange.Done;
    }

    public async Task RotateSealedSecretsAsync()
    {
        if (_user is not null)
        {
            await SaveAsync(_user with
            {
                MfaSecretSealed = _user.MfaSecretSealed is { } sealedSecret ? keyRing.Rotate(sealedSecret) : null,
                MfaPendingSealed = _user.MfaPendingSealed is { } pending ? keyRing.Rotate(pending) : null,
            });
        }
    }

    // An authenticator code (each 30-second step usable once) or else a one-time recovery code.
    private UserRecord? CheckSecondFactor(UserRecord user, string code)
    {
        var secret = keyRing.Decrypt(user.MfaSecretSealed!);
        try
        {
            if (totp.TryVerify(secret, code, user.MfaLastStep, out var step))
            {
                return user with { MfaLastStep = step };
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }

        var recovery = RecoveryCodeSet.FromStoredHashes(user.RecoveryCodeHashes);
        return recovery.TryRedeem(code) ? user with { RecoveryCodeHashes = recovery.StoredHashes } : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} turned on MFA")]
    private partial void LogMfaEnabled(Guid userId);
}
