namespace Sellmetrics.Web.Auth;

/// <summary>Names of the authorization policies endpoints require.</summary>
public static class Policies
{
    /// <summary>Signed in, whatever else is pending (MFA setup, sign-out, the session itself).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Signed in with nothing pending: may see and change the tenant's data.</summary>
    public const string Seller = "seller";

    /// <summary>A seller who is also an admin.</summary>
    public const string Admin = "admin";

    /// <summary>Rate-limit policy of the sign-in and sign-up endpoints (per client address).</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Rate-limit policy of the endpoints that confirm the password or a code of a signed-in account (per account), so a stolen session cannot guess them.</summary>
    public const string ReauthenticationRateLimit = "reauthentication";
}
