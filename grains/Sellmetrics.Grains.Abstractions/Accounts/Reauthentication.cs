namespace Sellmetrics.Grains.Accounts;

/// <summary>
/// Proof that the person holding a session is the account's owner: the password, and when MFA is on an authenticator or
/// recovery code. Secrets never appear in <see cref="ToString"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.reauthentication")]
public sealed record Reauthentication([property: Id(0)] string Password, [property: Id(1)] string? Code)
{
    public override string ToString() => "Reauthentication(redacted)";
}
