using System.Text;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Security.Tests.Fernet;

public sealed class FernetVectorTests
{
    [Theory]
    [MemberData(nameof(FernetVectors.Generate), MemberType = typeof(FernetVectors))]
    public void GenerateVectorIsReproducedByteForByte(string token, string now, string secret, string source, string ivHex)
    {
        var cipher = new FernetCipher(
            FernetKey.Parse(secret),
            new FixedTimeProvider(FernetVectors.ParseNow(now)),
            destination => Convert.FromHexString(ivHex).CopyTo(destination));

        Assert.Equal(token, cipher.Encrypt(Encoding.UTF8.GetBytes(source)));
    }

    [Theory]
    [MemberData(nameof(FernetVectors.Verify), MemberType = typeof(FernetVectors))]
    public void VerifyVectorDecryptsToItsSource(string token, string now, string secret, string source, int ttlSeconds)
    {
        var cipher = new FernetCipher(FernetKey.Parse(secret), new FixedTimeProvider(FernetVectors.ParseNow(now)));

        var plaintext = cipher.Decrypt(token, TimeSpan.FromSeconds(ttlSeconds));

        Assert.Equal(source, Encoding.UTF8.GetString(plaintext));
    }

    [Theory]
    [MemberData(nameof(FernetVectors.Invalid), MemberType = typeof(FernetVectors))]
    public void InvalidVectorIsRejectedWithTheOneGenericError(string token, string now, string secret, int ttlSeconds)
    {
        var cipher = new FernetCipher(FernetKey.Parse(secret), new FixedTimeProvider(FernetVectors.ParseNow(now)));

        var error = Assert.Throws<InvalidFernetTokenException>(() => cipher.Decrypt(token, TimeSpan.FromSeconds(ttlSeconds)));

        Assert.Equal("The Fernet token is invalid.", error.Message);
    }
}
