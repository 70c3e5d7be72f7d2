using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces.Amazon.Sellers;

/// <summary>
/// How the check of an Amazon grant ended, and the marketplaces getMarketplaceParticipations says the seller sells in
/// (empty when the check ended before Amazon answered it).
/// </summary>
public sealed record AmazonAccountCheck(CredentialCheckOutcome Outcome, IReadOnlyList<string> ParticipatingMarketplaceIds);
