namespace Sellmetrics.Grains.Connections;

/// <summary>The outcome of a connect attempt and, when connected, the connection; <see cref="Refused"/> names the marketplaces the seller does not sell in.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.connect-result")]
public sealed record ConnectResult(
    [property: Id(0)] ConnectOutcome Outcome,
    [property: Id(1)] ConnectionSnapshot? Connection,
    [property: Id(2)] IReadOnlyList<string>? Refused = null);
