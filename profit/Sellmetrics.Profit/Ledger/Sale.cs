using Sellmetrics.Facts;

namespace Sellmetrics.Profit.Ledger;

internal sealed record Sale(Order Order, OrderItem Item, DateOnly Day)
{
    public string FactId => $"{Item.OrderId}/{Item.OrderItemId}";
}
