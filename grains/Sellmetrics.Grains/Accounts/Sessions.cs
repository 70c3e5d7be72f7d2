using Microsoft.Extensions.Options;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Accounts;

/// <summary>Turns an account row into what its session and Settings show, applying the role and MFA rules.</summary>
public sealed class Sessions(IOptions<SellmetricsOptions> options)
{
    // A stored role counts only for a verified address: an account that never proved its address holds no role.
    public bool IsAdmin(UserRecord user) => user.Role == AdminRoles.Admin && user.EmailVerifiedAt is not null;

    public SessionSnapshot SessionOf(UserRecord user) => new(
        user.Id,
        user.TenantId,
        user.Email,
        user.DisplayName,
        IsAdmin(user),
        options.Value.RequireMfa && !user.MfaEnabled);

    public AccountSnapshot AccountOf(UserRecord user, string? pendingEmail) => new(
        user.Id, user.TenantId, user.Email, user.DisplayName, user.MfaEnabled, IsAdmin(user), user.CreatedAt, user.LastSignInAt)
    {
        EmailVerified = user.EmailVerifiedAt is not null,
        PendingEmail = pendingEmail,
    };
}
