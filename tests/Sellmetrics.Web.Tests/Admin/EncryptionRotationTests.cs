using System.Net;
using Sellmetrics.Security.Fernet;
using Sellmetrics.Security.Totp;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Admin;

public sealed class EncryptionRotationTests(TestPostgres postgres)
{
    [Fact]
    public async Task AfterRotationTheOldKeyCanBeRetiredAndSealedSecretsStillWork()
    {
        var oldKey = FernetKey.Generate().ToBase64UrlString();
        var newKey = FernetKey.Generate().ToBase64UrlString();
        var connectionString = await postgres.CreateDatabaseAsync();
        string email;
        string password;
        byte[] secret;

        await using (var before = await SellmetricsApp.StartAsync(postgres, connectionString, Keys(oldKey)))
        {
            var seller = await Seller.SignUpAsync(before, "Rotating");
            (email, password) = (seller.Email, seller.Password);
            var setup = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = seller.Password })));
            secret = OtpNet.Base32Encoding.ToBytes(setup.GetProperty("secret").GetString()!);
            var totp = new TotpGenerator(before.BusinessTime);
            await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/enable", new { code = totp.Compute(secret, totp.CurrentStep) }));
        }

        await using (var rotating = await SellmetricsApp.StartAsync(postgres, connectionString, Keys($"{newKey},{oldKey}")))
        {
            var admin = await Seller.SignUpAdminAsync(rotating);
            var rotated = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await admin.Browser.SendJsonAsync(HttpMethod.Post, "/api/admin/encryption/rotate")));
            Assert.Equal(1, rotated.GetProperty("accountsResealed").GetInt32());
            await using var database = rotating.OpenDatabase();
            var token = await database.ScalarAsync<string>("SELECT mfa_secret_sealed FROM identity.users WHERE email = @email", ("email", email));
            Assert.Equal(secret, FernetKeyRing.Parse(newKey).Decrypt(token!));
            Assert.Throws<InvalidFernetTokenException>(() => FernetKeyRing.Parse(oldKey).Decrypt(token!));
        }

        await using var after = await SellmetricsApp.StartAsync(postgres, connectionString, Keys(newKey));
        after.BusinessTime.Advance(TimeSpan.FromMinutes(1));
        var authenticator = new TotpGenerator(after.BusinessTime);
        Assert.Equal(HttpStatusCode.OK, (await after.CreateClient().LoginAsync(email, password, authenticator.Compute(secret, authenticator.CurrentStep))).StatusCode);
    }

    private static Dictionary<string, string?> Keys(string keys) => new() { ["Sellmetrics:EncryptionKeys"] = keys };
}
