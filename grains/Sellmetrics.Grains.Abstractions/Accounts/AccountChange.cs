namespace Sellmetrics.Grains.Accounts;

/// <summary>How a change to an account ended.</summary>
public enum AccountChange
{
    Done,
    WrongPassword,
    WrongCode,
    Invalid,
    NotFound,
}
