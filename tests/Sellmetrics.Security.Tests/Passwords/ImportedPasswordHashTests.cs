using System.Globalization;
using Sellmetrics.Security.Passwords;

namespace Sellmetrics.Security.Tests.Passwords;

public sealed class ImportedPasswordHashTests
{
    private const string Password = "correct horse battery staple";

    private readonly PasswordHasher _hasher = new(iterations: 1_000);

    [Fact]
    public void DjangoHashVerifiesAndAsksForRehash()
    {
        const string django = "pbkdf2_sha256$1000$SellmetricsSalt01$g1iNsvr5Z3NGJKQNNj1QgbywHaa6akJuHiSljLbhHKk=";

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.Verify(django, Password));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(django, "wrong"));
    }

    [Fact]
    public void WerkzeugHashVerifiesAndAsksForRehash()
    {
        const string werkzeug = "pbkdf2:sha256:1000$SellmetricsSalt01$83588db2faf967734624a40d363d5081bcb01da6ba6a426e1e24a58cb6e11ca9";

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.Verify(werkzeug, Password));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(werkzeug, "wrong"));
    }

    // RFC 7914 §11 gives 64-byte outputs; the first 32 bytes are PBKDF2's first block, which is
    // exactly what a 32-byte Django hash holds, so the vector runs through the Django parser.
    [Theory]
    [InlineData("passwd", "salt", 1,
        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")]
    [InlineData("Password", "NaCl", 80_000,
        "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")]
    public void Rfc7914VectorVerifies(string password, string salt, int iterations, string derivedKeyHex)
    {
        var firstBlock = Convert.ToBase64String(Convert.FromHexString(derivedKeyHex)[..32]);
        var stored = string.Create(CultureInfo.InvariantCulture, $"pbkdf2_sha256${iterations}${salt}${firstBlock}");

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.Verify(stored, password));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(stored, password + "x"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$1000$c2FsdA==")]
    [InlineData("pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2_sha1$1000$SellmetricsSalt01$g1iNsvr5Z3NGJKQNNj1QgbywHaa6akJuHiSljLbhHKk=")]
    [InlineData("pbkdf2:sha256$SellmetricsSalt01$83588db2faf967734624a40d363d5081bcb01da6ba6a426e1e24a58cb6e11ca9")]
    [InlineData("argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$aGFzaA")]
    public void UnreadableOrUnsupportedHashFails(string stored)
    {
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(stored, Password));
    }
}
