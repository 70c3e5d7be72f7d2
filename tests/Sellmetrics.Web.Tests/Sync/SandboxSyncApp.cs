using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>One app with its sandbox for the test classes whose tests each use fresh tenants and sandbox sellers.</summary>
public sealed class SandboxSyncApp(TestPostgres postgres) : SharedApp(postgres)
{
    /// <summary>How far back this app imports, for tests that pick which sandbox records must have arrived.</summary>
    public const int HistoryDays = 40;

    protected override IDictionary<string, string?>? Settings => SyncApp.Settings(HistoryDays);
}

/// <summary>The sandbox app importing 60 days, for comparisons against the sandbox's truth over a full window.</summary>
public sealed class SandboxSyncApp60Days(TestPostgres postgres) : SharedApp(postgres)
{
    protected override IDictionary<string, string?>? Settings => SyncApp.Settings(60);
}
