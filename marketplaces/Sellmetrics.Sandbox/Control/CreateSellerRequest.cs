namespace Sellmetrics.Sandbox.Control;

/// <summary>Body of <c>POST /sandbox/control/sellers</c>: the seed the new seller is generated from, and its SP-API region
/// (<c>NA</c>, the default: Amazon.com; <c>EU</c>: one seller in Amazon.de, .fr, .it, .es and .co.uk).</summary>
public sealed record CreateSellerRequest(long Seed, string? Region = null);
