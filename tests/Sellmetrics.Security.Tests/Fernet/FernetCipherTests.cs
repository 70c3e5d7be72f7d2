using System.Security.Cryptography;
using System.Text;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Security.Tests.Fernet;

public sealed class FernetCipherTests
{
    private readonly FernetKey _key = FernetKey.Generate();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(4096)]
    public void EncryptedPayloadDecryptsToTheSameBytes(int length)
    {
        var payload = RandomNumberGenerator.GetBytes(length);
        var cipher = new FernetCipher(_key);

        Assert.Equal(payload, cipher.Decrypt(cipher.Encrypt(payload)));
    }

    [Fact]
    public void TokenIsPaddedBase64UrlLikePython()
    {
        var token = new FernetCipher(_key).Encrypt("hello"u8);

        Assert.Equal(0, token.Length % 4);
        Assert.EndsWith("==", token, StringComparison.Ordinal);
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
    }

    [Fact]
    public void TokenWithoutItsPaddingStillDecrypts()
    {
        var cipher = new FernetCipher(_key);
        var token = cipher.Encrypt("hello"u8);

        Assert.Equal("hello", Encoding.UTF8.GetString(cipher.Decrypt(token.TrimEnd('='))));
    }

    [Fact]
    public void CipherToStringDoesNotRevealTheKey()
    {
        var text = new FernetCipher(_key).ToString();

        Assert.DoesNotContain(_key.ToBase64UrlString().TrimEnd('='), text, StringComparison.Ordinal);
        Assert.Contains("redacted", text, StringComparison.Ordinal);
    }
}
