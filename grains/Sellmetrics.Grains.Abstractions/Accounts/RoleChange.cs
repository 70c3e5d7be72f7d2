namespace Sellmetrics.Grains.Accounts;

/// <summary>How granting or revoking the admin role ended.</summary>
public enum RoleChange
{
    Done,
    NotFound,
    Unverified,
    LastAdmin,
}
