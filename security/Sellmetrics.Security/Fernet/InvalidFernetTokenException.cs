namespace Sellmetrics.Security.Fernet;

/// <summary>The single error for every unusable token (malformed, tampered, wrong key, expired), so failures reveal nothing.</summary>
public sealed class InvalidFernetTokenException : Exception
{
    public InvalidFernetTokenException()
        : base("The Fernet token is invalid.")
    {
    }
}
