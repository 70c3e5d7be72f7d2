namespace Sellmetrics.Grains.Accounts;

/// <summary>Credentials offered at sign-in; the code is an authenticator or recovery code. Secrets never appear in <see cref="ToString"/>.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.sign-in-attempt")]
public sealed record SignInAttempt([property: Id(0)] string Email, [property: Id(1)] string Password, [property: Id(2)] string? Code)
{
    public override string ToString() => "SignInAttempt(redacted)";
}
