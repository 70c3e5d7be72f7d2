using Npgsql;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Migrations;

/// <summary>The grain storage queries keep Orleans' optimistic-concurrency promise on their own.</summary>
public sealed class GrainStorageQueryTests(TestPostgres postgres)
{
    [Fact]
    public async Task AWriteWithAStaleVersionLeavesTheStateAndVersionUnchanged()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();

        var created = await WriteAsync(dataSource, version: null, payload: [1]);
        var updated = await WriteAsync(dataSource, version: 1, payload: [2]);
        var stale = await WriteAsync(dataSource, version: 1, payload: [3]);
        var secondCreate = await WriteAsync(dataSource, version: null, payload: [4]);

        Assert.Equal(1, created);
        Assert.Equal(2, updated);
        Assert.Equal(1, stale);
        Assert.Null(secondCreate);
        var payload = await dataSource.ScalarAsync<byte[]>("SELECT payloadbinary FROM orleansstorage");
        Assert.Equal(new byte[] { 2 }, payload);
    }

    [Fact]
    public async Task ClearingWithDeleteRemovesTheRowAndReportsTheNextVersion()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        await WriteAsync(dataSource, version: null, payload: [1]);

        await using var delete = await StorageCommandAsync(dataSource, "DeleteStorageKey");
        delete.Parameters.AddWithValue("GrainStateVersion", 1);
        var next = await delete.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, next);
        Assert.Equal(0L, await dataSource.ScalarAsync<long>("SELECT count(*) FROM orleansstorage"));
    }

    private static async Task<int?> WriteAsync(NpgsqlDataSource dataSource, int? version, byte[] payload)
    {
        await using var command = await StorageCommandAsync(dataSource, "WriteToStorageKey");
        command.Parameters.AddWithValue("GrainStateVersion", (object?)version ?? DBNull.Value);
        command.Parameters.AddWithValue("PayloadBinary", payload);
        var result = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return result is DBNull ? null : (int?)result;
    }

    // The parameters Orleans binds to every storage query, for one grain with a string key.
    private static async Task<NpgsqlCommand> StorageCommandAsync(NpgsqlDataSource dataSource, string queryKey)
    {
        var sql = await dataSource.ScalarAsync<string>("SELECT querytext FROM orleansquery WHERE querykey = @key", ("key", queryKey));
        var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("GrainIdHash", 42);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 0L);
        command.Parameters.AddWithValue("GrainTypeHash", 7);
        command.Parameters.AddWithValue("GrainTypeString", "tenant");
        command.Parameters.AddWithValue("GrainIdExtensionString", "tenant-1");
        command.Parameters.AddWithValue("ServiceId", "sellmetrics");
        return command;
    }
}
