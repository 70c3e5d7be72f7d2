using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Rules;
using Sellmetrics.Security.Fernet;
using Sellmetrics.Security.Passwords;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Grains.Accounts;

public sealed partial class UserGrain(
    UserStore users,
    TenantStore tenants,
    PasswordHasher hasher,
    FernetKeyRing keyRing,
    TotpGenerator totp,
    Sessions sessions,
    EmailLinks emailLinks,
    AdminRoles roles,
    SessionStore sessionStore,
    AuditLog audit,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ILogger<UserGrain> logger) : Grain, IUserGrain
{
    private UserRecord? _user;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _user = Guid.TryParseExact(this.GetPrimaryKeyString(), "N", out var userId)
            ? await users.FindByIdAsync(userId, cancellationToken)
            : null;
        await LoadSessionsAsync(cancellationToken);
    }

    public async Task<AccountSnapshot?> GetAccountAsync() => _user is null ? null : sessions.AccountOf(_user, await emailLinks.PendingAsync(_user.Id));

    public async Task<SignInResult> SignInAsync(SignInAttempt attempt)
    {
        var verdict = await VerifyPasswordAsync(attempt.Password);
        if (_user is null || verdict == PasswordVerificationResult.Failed)
        {
            return new SignInResult(SignInOutcome.Failed, null);
        }

        if (await tenants.FindAsync(_user.TenantId) is not { Status: TenantStatus.Active })
        {
            return new SignInResult(SignInOutcome.AccountClosing, null);
        }

        var user = _user;
        if (user.MfaEnabled)
        {
            if (string.IsNullOrWhiteSpace(attempt.Code))
            {
                return new SignInResult(SignInOutcome.CodeRequired, null);
            }

            if (CheckSecondFactor(user, attempt.Code.Trim()) is not { } verified)
            {
                return new SignInResult(SignInOutcome.Failed, null);
            }

            user = verified;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user = user with { PasswordHash = await Task.Run(() => hasher.Hash(attempt.Password)) };
        }

        await SaveAsync(user with { LastSignInAt = time.GetUtcNow() });
        LogSignedIn(user.Id);
        return new SignInResult(SignInOutcome.SignedIn, sessions.SessionOf(_user!));
    }

    public async Task<AccountChange> ChangeDisplayNameAsync(string displayName)
    {
        if (_user is null)
        {
            return AccountChange.NotFound;
        }

        if (AccountRules.DisplayNameError(displayName) is not null)
        {
            return AccountChange.Invalid;
        }

        await SaveAsync(_user with { DisplayName = displayName.Trim() });
        return AccountChange.Done;
    }

    public async Task<AccountChange> ChangePasswordAsync(string currentPassword, string newPassword, Guid? keepSession)
    {
        if (_user is null || await VerifyPasswordAsync(currentPassword) == PasswordVerificationResult.Failed)
        {
            return _user is null ? AccountChange.NotFound : AccountChange.WrongPassword;
        }

        if (AccountRules.PasswordError(newPassword, _user.Email) is not null)
        {
            return AccountChange.Invalid;
        }

        var hash = await Task.Run(() => hasher.Hash(newPassword));
        await SaveAsync(_user with { PasswordHash = hash });
        await EndSessionsAsync(keepSession);
        await AuditAsync("password.changed");
        LogPasswordChanged(_user.Id);
        return AccountChange.Done;
    }

    public async Task<AccountChange> CloseAsync(string password)
    {
        if (_user is null || await VerifyPasswordAsync(password) == PasswordVerificationResult.Failed)
        {
            return _user is null ? AccountChange.NotFound : AccountChange.WrongPassword;
        }

        await EndSessionsAsync(except: null);
        await GrainFactory.GetTenant<ITenantLifecycle>(_user.TenantId).ScheduleDeletionAsync(GrainKeys.Of(_user.Id));
        LogClosed(_user.Id);
        return AccountChange.Done;
    }

    public Task ForgetAsync()
    {
        _user = null;
        _sessions.Clear();
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task<PasswordVerificationResult> VerifyPasswordAsync(string password)
    {
        var hash = _user?.PasswordHash;
        return await Task.Run(() => hasher.Verify(hash, password));
    }

    private async Task SaveAsync(UserRecord user)
    {
        await users.SaveAsync(user);
        _user = user;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private partial void LogSignedIn(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} changed their password; other sessions ended")]
    private partial void LogPasswordChanged(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} closed their account")]
    private partial void LogClosed(Guid userId);
}
