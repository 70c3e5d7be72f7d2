using System.Runtime.Versioning;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Postgres;

namespace Sellmetrics.Data.Tests.Postgres;

public sealed class EmbeddedPostgresTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"sellmetrics-embedded-{Guid.NewGuid():N}");

    [Fact]
    public async Task DataWrittenBeforeAStopIsThereAfterTheNextStart()
    {
        await using (var first = await StartAsync())
        {
            await first.EnsureDatabaseAsync("kept", TestContext.Current.CancellationToken);
            await ExecuteAsync(first, "CREATE TABLE marker (note text); INSERT INTO marker VALUES ('still here')");
        }

        await using var second = await StartAsync();
        await using var connection = new NpgsqlConnection(second.ConnectionStringFor("kept"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = new NpgsqlCommand("SELECT note FROM marker", connection);

        Assert.Equal("still here", await read.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AServerThatIsAlreadyRunningIsReusedAndLeftRunning()
    {
        await using var owner = await StartAsync();
        var reuser = await StartAsync();
        await reuser.DisposeAsync();

        Assert.Equal(owner.Port, reuser.Port);
        await using var connection = new NpgsqlConnection(owner.ConnectionStringFor("postgres"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task TheSuperuserPasswordIsReadableByThisAccountOnly()
    {
        await using var server = await StartAsync();

        var mode = File.GetUnixFileMode(Path.Combine(_dataDirectory, "postgres.password"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public void MissingServerProgramsGiveAMessageThatSaysWhatToInstallOrSet()
    {
        var error = Assert.Throws<PostgresBinariesNotFoundException>(() => PostgresBinaries.Locate("/nonexistent/postgresql/bin"));

        Assert.Contains("apt-get install -y postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage__PostgresBinDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Sellmetrics", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task ADataFolderTheServerAccountCannotEnterStopsWithOneMessageNamingTheFolderAndTheFixes()
    {
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "Only a root process hands the server to another account.");
        var closed = Path.Combine(Path.GetTempPath(), $"sellmetrics-closed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var dataDirectory = Path.Combine(closed, "data");
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresSettings(dataDirectory, null, "postgres"), NullLogger.Instance, TestContext.Current.CancellationToken));

            Assert.Contains($"'{closed}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("Storage:DataDirectory", error.Message, StringComparison.Ordinal);
            Assert.Contains("ordinary user", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("initdb", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dataDirectory, "postgres.initpw")));
        }
        finally
        {
            Directory.Delete(closed, recursive: true);
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private Task<EmbeddedPostgres> StartAsync() =>
        EmbeddedPostgres.StartAsync(new EmbeddedPostgresSettings(_dataDirectory, null, "postgres"), NullLogger.Instance, TestContext.Current.CancellationToken);

    private static async Task ExecuteAsync(EmbeddedPostgres server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("kept"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
