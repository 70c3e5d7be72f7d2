using System.Security.Cryptography;
using System.Text;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

public sealed class PasswordUpgradeTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task ASellerMovingFromADjangoSystemSignsInWithTheirOldPasswordAndTheHashIsUpgraded()
    {
        var app = shared.App;
        await using var database = app.OpenDatabase();
        const string password = "moved over from django";
        await ImportAsync(database, "django@shop.test", DjangoHash(password, "seasalt2024", 260_000));

        using var browser = app.CreateClient();
        await AppClient.EnsureOkAsync(await browser.LoginAsync("django@shop.test", password));

        var stored = await database.ScalarAsync<string>("SELECT password_hash FROM identity.users WHERE email = 'django@shop.test'");
        Assert.StartsWith("pbkdf2-sha256$600000$", stored, StringComparison.Ordinal);
        await AppClient.EnsureOkAsync(await app.CreateClient().LoginAsync("django@shop.test", password));
    }

    private static string DjangoHash(string password, string salt, int iterations) =>
        $"pbkdf2_sha256${iterations}${salt}$" +
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), iterations, HashAlgorithmName.SHA256, 32));

    private static async Task ImportAsync(Npgsql.NpgsqlDataSource database, string email, string passwordHash)
    {
        var tenantId = Guid.NewGuid();
        await using var command = database.CreateCommand("""
            INSERT INTO identity.tenants (id, schema_name, role_name, status, created_at) VALUES (@tenant, @schema, @schema, 'Active', now());
            INSERT INTO identity.users (id, tenant_id, email, display_name, password_hash, adult_confirmed_at, created_at)
            VALUES (@user, @tenant, @email, 'Imported', @hash, now(), now());
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("schema", $"tenant_{tenantId:N}");
        command.Parameters.AddWithValue("user", Guid.NewGuid());
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("hash", passwordHash);
        await command.ExecuteNonQueryAsync();
    }
}
