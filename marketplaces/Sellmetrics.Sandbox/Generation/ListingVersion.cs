namespace Sellmetrics.Sandbox.Generation;

/// <summary>What a listing shows during one listing period: price, title and bullets, and when it last changed.</summary>
internal sealed record ListingVersion(decimal Price, string Title, IReadOnlyList<string> Bullets, DateOnly ChangedOn);
