namespace Sellmetrics.Marketplaces.Auth;

/// <summary>How the check of a seller's credentials (token exchange, then for Amazon whose account the grant is for) ended.</summary>
public enum CredentialCheckOutcome
{
    Accepted,
    Refused,
    Unavailable,

    /// <summary>The token exchange succeeded, but the grant is not for the seller id (or marketplace) the credentials name.</summary>
    WrongAccount,
}
