using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Control;

/// <summary>Live mode: while <c>Sandbox:LiveOrdersPerMinute</c> is above zero, every generated seller gets new orders (two Amazon,
/// one Walmart in turn; a European seller Amazon only) at that real-time rate; scripted sellers only get the orders the control
/// API asks for.</summary>
internal sealed partial class LiveOrderService(
    IOptions<SandboxOptions> options, SandboxClock clock, SellerRegistry sellers, LiveOrders live, ILogger<LiveOrderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var perMinute = options.Value.LiveOrdersPerMinute;
        if (perMinute <= 0)
        {
            return;
        }

        LiveModeStarted(logger, perMinute);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1) / perMinute, clock.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var seller in sellers.All.Where(s => !s.IsScripted))
                {
                    // Walmart sells less than Amazon: every third live order of a North American seller goes there.
                    var toWalmart = seller.Region == SellingRegion.NorthAmerica && seller.LiveSequence % 3 == 2;
                    var orderId = toWalmart ? live.CreateWalmart(seller).PurchaseOrderId : live.Create(seller).AmazonOrderId;
                    LiveOrderCreated(logger, seller.SellerId, orderId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox live mode: {OrdersPerMinute} new orders per minute per seller")]
    private static partial void LiveModeStarted(ILogger logger, double ordersPerMinute);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sandbox live order {OrderId} for seller {SellerId}")]
    private static partial void LiveOrderCreated(ILogger logger, string sellerId, string orderId);
}
