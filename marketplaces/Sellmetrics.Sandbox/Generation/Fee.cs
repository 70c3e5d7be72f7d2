namespace Sellmetrics.Sandbox.Generation;

/// <summary>A fee line; <see cref="Amount"/> is negative when it is charged to the seller.</summary>
internal sealed record Fee(string Type, decimal Amount);
