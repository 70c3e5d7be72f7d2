namespace Sellmetrics.Marketplaces.Auth;

/// <summary>How a token exchange with a seller's credentials ended.</summary>
public enum CredentialCheckOutcome
{
    Accepted,
    Refused,
    Unavailable,
}
