namespace Sellmetrics.Data.Identity;

/// <summary>How granting or revoking the admin role ended.</summary>
public enum RoleChangeOutcome
{
    Done,
    NotFound,
    Unverified,
    LastAdmin,
}
