using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Serialization;
using Orleans.TestingHost;
using Sellmetrics.Data;
using Sellmetrics.Data.Facts;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Silo.Hosting;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Profit;

/// <summary>
/// An in-process cluster running the product and tenant grains on a migrated database, shared by the profit test
/// classes; each test provisions a tenant of its own and stores its facts as a pull would.
/// </summary>
public sealed class ProfitCluster(TestPostgres postgres) : IAsyncLifetime
{
    private Running? _running;

    public IClusterClient Client => Started.Cluster.Client;

    private Running Started => _running ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => _running = await postgres.ShareAsync(nameof(ProfitCluster), StartAsync);

    /// <summary>A new tenant with its schema, as sign-up leaves it.</summary>
    public async Task<Guid> ProvisionTenantAsync()
    {
        var id = Guid.NewGuid();
        var provisioner = new TenantProvisioner(
            Started.DataSource, new MigrationRunner(Started.DataSource, NullLogger<MigrationRunner>.Instance), NullLogger<TenantProvisioner>.Instance);
        await provisioner.MigrateAsync(id, TestContext.Current.CancellationToken);
        return id;
    }

    /// <summary>Stores facts in the tenant's schema, as a pull does before it tells the product grains.</summary>
    public Task StoreAsync(Guid tenantId, Sellmetrics.Facts.FactBatch batch) =>
        new FactStore(new TenantDatabase(Started.DataSource)).UpsertAsync(tenantId, batch, cancellationToken: TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<Running> StartAsync()
    {
        var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = "sellmetrics-profit-test";
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UsePostgres(dataSource);
            silo.Services.AddSerializer(serializer => serializer.AddProfitTypes());
            silo.Services.AddSingleton(dataSource);
            silo.Services.AddSellmetricsData();
            silo.Services.AddOptions<SellmetricsOptions>();
            silo.Services.AddKeyedSingleton(Clock.Key, TimeProvider.System);
            silo.Services.AddSingleton<IPurgeStepObserver, SilentPurgeStepObserver>();
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddProfitTypes()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new Running(cluster, dataSource);
    }

    private sealed record Running(InProcessTestCluster Cluster, NpgsqlDataSource DataSource) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Cluster.DisposeAsync();
            await DataSource.DisposeAsync();
        }
    }
}
