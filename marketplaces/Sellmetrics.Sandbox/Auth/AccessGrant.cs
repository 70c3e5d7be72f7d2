using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Auth;

/// <summary>An issued access token: whose it is and when (in real time) it stops working.</summary>
internal sealed record AccessGrant(Seller Seller, DateTimeOffset ExpiresAt);
