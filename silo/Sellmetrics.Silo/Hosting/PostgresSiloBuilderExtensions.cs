using Npgsql;
using Sellmetrics.Grains.Storage;

namespace Sellmetrics.Silo.Hosting;

public static class PostgresSiloBuilderExtensions
{
    // Orleans' ADO.NET providers look the PostgreSQL driver up by this invariant name.
    private const string Invariant = "Npgsql";

    /// <summary>
    /// Puts membership, grain storage and reminders on one PostgreSQL data source whose schema the
    /// migration runner has applied.
    /// </summary>
    public static ISiloBuilder UsePostgres(this ISiloBuilder silo, NpgsqlDataSource dataSource)
    {
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = Invariant;
            options.DataSource = dataSource;
        });
        silo.AddAdoNetGrainStorage(GrainStorage.Name, options =>
        {
            options.Invariant = Invariant;
            options.DataSource = dataSource;
            // Cleared state is deleted, not left as an empty row: deletion must really delete.
            options.DeleteStateOnClear = true;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = Invariant;
            options.DataSource = dataSource;
        });
        return silo;
    }
}
