using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Walmart.History;

/// <summary>One unit of a Walmart order (Walmart sends one line per unit): price, tax and the fees the recon file charges.</summary>
internal sealed record WalmartOrderLine(int LineNumber, Product Product, decimal Price, decimal Tax, decimal Commission, decimal WfsFee);
