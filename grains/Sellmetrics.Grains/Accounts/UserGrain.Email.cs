using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;
using Sellmetrics.Rules;
using Sellmetrics.Security.Passwords;

namespace Sellmetrics.Grains.Accounts;

public sealed partial class UserGrain
{
    public async Task<AccountChange> ChangeEmailAsync(string email, string password)
    {
        if (AccountRules.EmailError(email) is not null)
        {
            return AccountChange.Invalid;
        }

        if (_user is null || await VerifyPasswordAsync(password) == PasswordVerificationResult.Failed)
        {
            return _user is null ? AccountChange.NotFound : AccountChange.WrongPassword;
        }

        var address = email.Trim();
        if (!string.Equals(address, _user.Email, StringComparison.OrdinalIgnoreCase) || _user.EmailVerifiedAt is null)
        {
            // Whether another account holds the address is deliberately not told: the caller gets Done either way.
            await emailLinks.OpenAsync(_user.Id, address);
            LogEmailChangeAsked(_user.Id);
        }

        return AccountChange.Done;
    }

    public async Task SendEmailLinkAsync()
    {
        if (_user is null)
        {
            return;
        }

        if (await emailLinks.PendingAsync(_user.Id) is { } pending)
        {
            await emailLinks.OpenAsync(_user.Id, pending);
        }
        else if (_user.EmailVerifiedAt is null)
        {
            await emailLinks.OpenAsync(_user.Id, _user.Email);
        }
    }

    public async Task<EmailVerification> VerifyEmailAsync(string token)
    {
        if (_user is null)
        {
            return EmailVerification.Invalid;
        }

        var outcome = await emailLinks.CompleteAsync(_user.Id, token);
        await ReloadAsync();
        switch (outcome)
        {
            case EmailVerificationOutcome.VerifiedAsFirstAdmin:
                LogEmailVerified(_user.Id);
                LogBootstrapAdmin(_user.Id);
                return EmailVerification.Verified;
            case EmailVerificationOutcome.Verified:
                LogEmailVerified(_user.Id);
                return EmailVerification.Verified;
            case EmailVerificationOutcome.Expired:
                return EmailVerification.Expired;
            case EmailVerificationOutcome.Taken:
                return EmailVerification.Taken;
            default:
                return EmailVerification.Invalid;
        }
    }

    public async Task<RoleChange> SetAdminAsync(bool admin, string actor)
    {
        if (_user is null)
        {
            return RoleChange.NotFound;
        }

        var outcome = await roles.SetAsync(_user.Id, admin, actor, time.GetUtcNow());
        await ReloadAsync();
        if (outcome == RoleChangeOutcome.Done)
        {
            LogRoleChanged(_user.Id, admin);
        }

        return outcome switch
        {
            RoleChangeOutcome.Done => RoleChange.Done,
            RoleChangeOutcome.Unverified => RoleChange.Unverified,
            RoleChangeOutcome.LastAdmin => RoleChange.LastAdmin,
            _ => RoleChange.NotFound,
        };
    }

    private async Task ReloadAsync() => _user = await users.FindByIdAsync(_user!.Id) ?? _user;

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} asked to change their email; a link went to the new address if it is free")]
    private partial void LogEmailChangeAsked(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} verified their email address")]
    private partial void LogEmailVerified(Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} verified a bootstrap address and became the first admin; the bootstrap list grants nothing more")]
    private partial void LogBootstrapAdmin(Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} admin role set to {Admin}")]
    private partial void LogRoleChanged(Guid userId, bool admin);
}
