namespace Sellmetrics.Grains.Accounts;

/// <summary>How a sign-up ended.</summary>
public enum RegistrationOutcome
{
    Created,
    EmailTaken,
    Invalid,
}
