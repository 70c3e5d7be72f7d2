namespace Sellmetrics.Grains.Accounts;

/// <summary>Outcome of starting authenticator setup: the pending secret, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.mfa-setup-result")]
public sealed record MfaSetupResult([property: Id(0)] AccountChange Outcome, [property: Id(1)] MfaSetup? Setup);
