namespace Sellmetrics.Grains.Connections;

/// <summary>How a connect attempt ended.</summary>
public enum ConnectOutcome
{
    Connected,

    /// <summary>The marketplace refused the credentials in the token exchange; nothing was stored.</summary>
    InvalidCredentials,

    /// <summary>The marketplace could not be reached or failed; nothing was stored.</summary>
    Unavailable,

    /// <summary>The credentials work, but for another account than the seller id given (Amazon refused a call scoped to it); nothing was stored.</summary>
    AccountMismatch,

    /// <summary>The seller does not sell in a marketplace it asked to track (<see cref="ConnectResult.Refused"/>); nothing was stored.</summary>
    NotParticipating,
}
