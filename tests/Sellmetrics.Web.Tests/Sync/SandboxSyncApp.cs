using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>One app with its sandbox for a test class whose tests each use fresh tenants and sandbox sellers.</summary>
public sealed class SandboxSyncApp(TestPostgres postgres) : SharedApp(postgres)
{
    /// <summary>How far back this app imports, for tests that pick which sandbox records must have arrived.</summary>
    public const int HistoryDays = 40;

    protected override IDictionary<string, string?>? Settings => SyncApp.Settings(HistoryDays);
}
