namespace Sellmetrics.Grains.Accounts;

/// <summary>Outcome of a sign-up: the new session, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.registration-result")]
public sealed record RegistrationResult([property: Id(0)] RegistrationOutcome Outcome, [property: Id(1)] SessionSnapshot? Session);
