namespace Sellmetrics.Sandbox.Control;

/// <summary>Body of <c>POST /sandbox/control/sellers</c>: the seed the new seller is generated from.</summary>
public sealed record CreateSellerRequest(long Seed);
