namespace Sellmetrics.Grains.Accounts;

/// <summary>Outcome of a password change: the new session version keeps the caller signed in, every other session ends.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.password-change")]
public sealed record PasswordChange([property: Id(0)] AccountChange Outcome, [property: Id(1)] int SessionVersion);
