using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;
using Sellmetrics.Security.Passwords;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Grains.Accounts;

public sealed partial class UserGrain
{
    private const string Issuer = "Sellmetrics";

    public async Task<MfaSetupResult> BeginMfaSetupAsync(Reauthentication proof)
    {
        var verdict = await ReauthenticateAsync(proof);
        if (verdict != AccountChange.Done)
        {
            return new MfaSetupResult(verdict, null);
        }

        var user = _user!;
        var secret = TotpGenerator.GenerateSecret();
        try
        {
            await SaveAsync(user with { MfaPendingSealed = keyRing.Encrypt(secret) });
            return new MfaSetupResult(AccountChange.Done, new MfaSetup(TotpGenerator.EncodeSecret(secret), OtpAuthUri.Create(Issuer, user.Email, secret)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public async Task<IReadOnlyList<string>?> EnableMfaAsync(string code, Guid? keepSession)
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

            var swapped = _user.MfaEnabled;
            var recovery = RecoveryCodeSet.Generate(RecoveryCodeSet.DefaultCount, out var codes);
            await SaveAsync(_user with
            {
                MfaSecretSealed = pending,
                MfaPendingSealed = null,
                MfaLastStep = step,
                RecoveryCodeHashes = recovery.StoredHashes,
            });
            await EndSessionsAsync(keepSession);
            await AuditAsync(swapped ? "mfa.changed" : "mfa.enabled");
            LogMfaEnabled(_user.Id);
            return codes;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public async Task<AccountChange> DisableMfaAsync(Reauthentication proof, Guid? keepSession)
    {
        var verdict = await ReauthenticateAsync(proof);
        if (verdict != AccountChange.Done)
        {
            return verdict;
        }

        if (_user!.MfaEnabled)
        {
            await SaveAsync(_user with { MfaSecretSealed = null, MfaPendingSealed = null, MfaLastStep = null, RecoveryCodeHashes = [] });
            await EndSessionsAsync(keepSession);
            await AuditAsync("mfa.disabled");
            LogMfaDisabled(_user.Id);
        }

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

    // The password, and when MFA is on a current code too: a session alone must not replace or remove the authenticator.
    // A matching code is consumed (its step, or the recovery code) so it cannot be used again.
    private async Task<AccountChange> ReauthenticateAsync(Reauthentication proof)
    {
        if (_user is null || await VerifyPasswordAsync(proof.Password) == PasswordVerificationResult.Failed)
        {
            return _user is null ? AccountChange.NotFound : AccountChange.WrongPassword;
        }

        if (!_user.MfaEnabled)
        {
            return AccountChange.Done;
        }

        if (string.IsNullOrWhiteSpace(proof.Code) || CheckSecondFactor(_user, proof.Code.Trim()) is not { } verified)
        {
            return AccountChange.WrongCode;
        }

        await SaveAsync(verified);
        return AccountChange.Done;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} turned on MFA; other sessions ended")]
    private partial void LogMfaEnabled(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} turned off MFA; other sessions ended")]
    private partial void LogMfaDisabled(Guid userId);
}
