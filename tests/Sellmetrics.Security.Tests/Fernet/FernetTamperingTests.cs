using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Security.Tests.Fernet;

public sealed class FernetTamperingTests
{
    private readonly FernetKey _key = FernetKey.Generate();

    [Fact]
    public void TokenWithFlippedMacByteIsRejected()
    {
        var cipher = new FernetCipher(_key);
        var bytes = TokenText.Decode(cipher.Encrypt("secret"u8));
        bytes[^1] ^= 0x01;

        Assert.Throws<InvalidFernetTokenException>(() => cipher.Decrypt(TokenText.Encode(bytes)));
    }

    [Fact]
    public void FlippingAnyBitOfATokenMakesItInvalid()
    {
        var cipher = new FernetCipher(_key);
        var original = TokenText.Decode(cipher.Encrypt("0123456789"u8));
        var rejected = 0;

        for (var bit = 0; bit < original.Length * 8; bit++)
        {
            var tampered = (byte[])original.Clone();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.Throws<InvalidFernetTokenException>(() => cipher.Decrypt(TokenText.Encode(tampered)));
            rejected++;
        }

        Assert.Equal(73 * 8, rejected);
    }

    [Fact]
    public void TokenSealedUnderAnotherKeyIsRejected()
    {
        var token = new FernetCipher(FernetKey.Generate()).Encrypt("secret"u8);

        Assert.Throws<InvalidFernetTokenException>(() => new FernetCipher(_key).Decrypt(token));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("+")]
    [InlineData("/")]
    [InlineData("=")]
    public void TokenWithCharacterOutsideTheUrlSafeAlphabetIsRejected(string inserted)
    {
        var cipher = new FernetCipher(_key);
        var token = cipher.Encrypt("secret"u8);

        Assert.Throws<InvalidFernetTokenException>(() => cipher.Decrypt(token.Insert(20, inserted)));
    }
}
