namespace Sellmetrics.Sandbox.Auth;

/// <summary>Why an access token was refused (or <see cref="Valid"/>).</summary>
internal enum AccessTokenCheck
{
    Valid,
    Missing,
    Unknown,
    Expired,
    Revoked,
}
