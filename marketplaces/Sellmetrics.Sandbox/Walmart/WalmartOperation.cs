namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Endpoint metadata naming a Walmart operation, so each gets its own bucket per seller.</summary>
internal sealed record WalmartOperation(string Name);
