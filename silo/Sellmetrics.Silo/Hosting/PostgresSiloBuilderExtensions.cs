using Npgsql;

namespace Sellmetrics.Silo.Hosting;

public static class PostgresSiloBuilderExtensions
{
    // Orleans' ADO.NET providers look the PostgreSQL driver up by this invariant name.
    private const string Invariant = "Npgsql";

    /// <summary>
    /// Puts membership and reminders on one PostgreSQL data source whose schema the migration runner has applied. No
    /// grain storage: no grain keeps Orleans grain state, each rebuilds from its tenant's schema on activation.
    /// </summary>
    public static ISiloBuilder UsePostgres(this ISiloBuilder silo, NpgsqlDataSource dataSource)
    {
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = Invariant;
            options.DataSource = dataSource;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = Invariant;
            options.DataSource = dataSource;
        });
        return silo;
    }
}
