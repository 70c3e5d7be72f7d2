using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Sellmetrics.Silo.Health;

/// <summary>Ready only while PostgreSQL answers a query.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException)
        {
            // The exception's text stays in the server; the probe learns only that PostgreSQL is down.
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.");
        }
    }
}
