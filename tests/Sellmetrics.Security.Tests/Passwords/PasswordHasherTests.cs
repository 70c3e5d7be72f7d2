using System.Globalization;
using System.Security.Cryptography;
using Sellmetrics.Security.Passwords;

namespace Sellmetrics.Security.Tests.Passwords;

public sealed class PasswordHasherTests
{
    private const string Password = "correct horse battery staple";

    private readonly PasswordHasher _hasher = new(iterations: 1_000);

    [Fact]
    public void HashedPasswordVerifies()
    {
        Assert.Equal(PasswordVerificationResult.Success, _hasher.Verify(_hasher.Hash(Password), Password));
    }

    [Theory]
    [InlineData("correct horse battery stapl")]
    [InlineData("Correct horse battery staple")]
    [InlineData("")]
    public void WrongPasswordFails(string attempt)
    {
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(_hasher.Hash(Password), attempt));
    }

    [Fact]
    public void HashIsSelfDescribingWithSixteenByteSaltAndThirtyTwoByteHash()
    {
        var parts = _hasher.Hash(Password).Split('$');

        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("1000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Fact]
    public void SamePasswordGetsADifferentSaltEachTime()
    {
        Assert.NotEqual(_hasher.Hash(Password), _hasher.Hash(Password));
    }

    [Fact]
    public void DefaultHasherUsesAtLeastSixHundredThousandIterations()
    {
        var hasher = new PasswordHasher();
        var stored = hasher.Hash(Password);

        Assert.True(hasher.Iterations >= 600_000);
        Assert.True(int.Parse(stored.Split('$')[1], CultureInfo.InvariantCulture) >= 600_000);
        Assert.Equal(PasswordVerificationResult.Success, hasher.Verify(stored, Password));
    }

    [Fact]
    public void HashWithFewerIterationsThanTheCurrentSettingNeedsRehash()
    {
        var stored = new PasswordHasher(iterations: 500).Hash(Password);

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.Verify(stored, Password));
    }

    [Fact]
    public void HashWithMoreIterationsThanTheCurrentSettingNeedsNoRehash()
    {
        var stored = new PasswordHasher(iterations: 2_000).Hash(Password);

        Assert.Equal(PasswordVerificationResult.Success, _hasher.Verify(stored, Password));
    }

    [Fact]
    public void PasswordOfMaximumLengthRoundTrips()
    {
        var longest = new string('a', PasswordHasher.MaxPasswordLength);

        Assert.Equal(PasswordVerificationResult.Success, _hasher.Verify(_hasher.Hash(longest), longest));
    }

    [Fact]
    public void OverlongPasswordIsRefusedWhenHashingAndFailsEvenAgainstItsOwnHash()
    {
        var overlong = new string('a', PasswordHasher.MaxPasswordLength + 1);
        var ownHash = Rfc2898DeriveBytes.Pbkdf2(overlong, "salt"u8.ToArray(), 1, HashAlgorithmName.SHA256, 32);

        Assert.Throws<ArgumentOutOfRangeException>(() => _hasher.Hash(overlong));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify($"pbkdf2_sha256$1$salt${Convert.ToBase64String(ownHash)}", overlong));
    }

    [Fact]
    public void UnknownUserWithoutAStoredHashIsRefused()
    {
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(storedHash: null, Password));
    }
}
