using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

public sealed class StartupGuardTests(TestPostgres postgres)
{
    [Fact]
    public async Task WithARealDatabaseAndNoEncryptionKeyTheSiloRefusesToStartAndSaysWhatToSet()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Sellmetrics:EncryptionKeys"] = "" }));

        Assert.Contains("Sellmetrics__EncryptionKeys", error.Message, StringComparison.Ordinal);
        Assert.Contains("generate-encryption-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEncryptionKeyThatIsNotAFernetKeyStopsTheStartWithoutEchoingIt()
    {
        const string notAKey = "this-is-not-a-fernet-key-but-a-secret-anyway";

        var error = await Assert.ThrowsAsync<FormatException>(() =>
            SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Sellmetrics:EncryptionKeys"] = notAKey }));

        Assert.DoesNotContain(notAKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("Sellmetrics:EncryptionKeys", error.Message, StringComparison.Ordinal);
    }
}
