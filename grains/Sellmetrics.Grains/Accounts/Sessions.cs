using Microsoft.Extensions.Options;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Accounts;

/// <summary>Turns an account row into what its session and Settings show, applying the admin list and the MFA rule.</summary>
public sealed class Sessions(IOptions<SellmetricsOptions> options)
{
    public bool IsAdmin(UserRecord user) => user.Role == "admin" || options.Value.IsAdmin(user.Email);

    public SessionSnapshot SessionOf(UserRecord user) => new(
        user.Id,
        user.TenantId,
        user.Email,
        user.DisplayName,
        IsAdmin(user),
        options.Value.RequireMfa && !user.MfaEnabled);

    public AccountSnapshot AccountOf(UserRecord user) => new(
        user.Id, user.TenantId, user.Email, user.DisplayName, user.MfaEnabled, IsAdmin(user), user.CreatedAt, user.LastSignInAt);
}
