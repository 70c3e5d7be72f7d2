namespace Sellmetrics.Grains.Accounts;

/// <summary>Outcome of a sign-in: a session, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.sign-in-result")]
public sealed record SignInResult([property: Id(0)] SignInOutcome Outcome, [property: Id(1)] SessionSnapshot? Session);
