using Orleans.Utilities;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Products;

namespace Sellmetrics.Grains.Tenants;

// Product changes arrive one product at a time, many per second under import; observers hear of them at most once
// per coalescing window, as one notice naming every changed day, product and feed event.
public sealed partial class TenantGrain
{
    private static readonly TimeSpan CoalescingWindow = TimeSpan.FromMilliseconds(250);
    private readonly SortedSet<DateOnly> _changedDays = [];
    private readonly SortedSet<string> _changedMarketplaces = new(StringComparer.Ordinal);
    private readonly HashSet<ProductKey> _changedProducts = [];
    private readonly List<ActivityEvent> _pendingEvents = [];
    private bool _tenantLevelChanged;
    private ObserverManager<ITenantObserver>? _observers;
    private IGrainTimer? _flush;

    private ObserverManager<ITenantObserver> Observers => _observers ??= new(TenantObservers.Lifetime, logger);

    public Task SubscribeAsync(ITenantObserver observer)
    {
        Observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ITenantObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private void TellObserversClosed()
    {
        if (_observers is { Count: > 0 } observers)
        {
            observers.Notify(o => o.TenantClosed());
            observers.Clear();
        }
    }

    private void NoteChanged(ProductChanged change)
    {
        if (change.Days.Count == 0)
        {
            return;
        }

        _changedDays.UnionWith(change.Days);
        _changedMarketplaces.Add(change.Product.MarketplaceId);
        _changedProducts.Add(new ProductKey(change.Product.MarketplaceId, change.Product.Sku));
        ScheduleFlush();
    }

    private void NoteTenantLevelChanged()
    {
        _tenantLevelChanged = true;
        ScheduleFlush();
    }

    private void ScheduleFlush() =>
        _flush ??= this.RegisterGrainTimer(FlushChangesAsync, new GrainTimerCreationOptions(CoalescingWindow, Timeout.InfiniteTimeSpan));

    private Task FlushChangesAsync(CancellationToken cancellationToken)
    {
        _flush?.Dispose();
        _flush = null;
        var change = new TenantProfitChanged([.. _changedDays], [.. _changedMarketplaces], time.GetUtcNow())
        {
            Products = [.. _changedProducts],
            Events = [.. Enumerable.Reverse(_pendingEvents)],
            AllDays = _tenantLevelChanged,
        };
        _changedDays.Clear();
        _changedMarketplaces.Clear();
        _changedProducts.Clear();
        _pendingEvents.Clear();
        _tenantLevelChanged = false;
        if (_observers is { Count: > 0 } observers)
        {
            observers.Notify(o => o.ProfitChanged(change));
        }

        return Task.CompletedTask;
    }
}
