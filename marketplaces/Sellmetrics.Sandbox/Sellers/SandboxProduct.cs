namespace Sellmetrics.Sandbox.Sellers;

/// <summary>One product of a sandbox seller as a host may know it: its SKU (the same on both marketplaces), list price, and whether Walmart sells it.</summary>
public sealed record SandboxProduct(string Sku, decimal Price, bool OnWalmart);
