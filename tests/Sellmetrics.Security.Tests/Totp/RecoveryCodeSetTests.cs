using System.Text.RegularExpressions;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Security.Tests.Totp;

public sealed class RecoveryCodeSetTests
{
    [Fact]
    public void GeneratedCodesAreDistinctGroupedAndStoredOnlyAsHashes()
    {
        var set = RecoveryCodeSet.Generate(RecoveryCodeSet.DefaultCount, out var codes);

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(new Regex("^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$"), code));
        Assert.Equal(10, set.StoredHashes.Count);
        Assert.All(set.StoredHashes, hash => Assert.Matches(new Regex("^[0-9a-f]{64}$"), hash));
        Assert.Empty(set.StoredHashes.Intersect(codes));
    }

    [Fact]
    public void RecoveryCodeWorksOnlyOnce()
    {
        var set = RecoveryCodeSet.Generate(3, out var codes);

        Assert.True(set.TryRedeem(codes[1]));
        Assert.False(set.TryRedeem(codes[1]));
        Assert.Equal(2, set.StoredHashes.Count);
    }

    [Fact]
    public void RedeemedCodeStaysUsedAfterReloadingTheStoredHashes()
    {
        var set = RecoveryCodeSet.Generate(3, out var codes);
        set.TryRedeem(codes[0]);

        var reloaded = RecoveryCodeSet.FromStoredHashes(set.StoredHashes);

        Assert.False(reloaded.TryRedeem(codes[0]));
        Assert.True(reloaded.TryRedeem(codes[2]));
        Assert.Single(reloaded.StoredHashes);
    }

    [Fact]
    public void CodeTypedInLowerCaseWithoutDashesIsAccepted()
    {
        var set = RecoveryCodeSet.Generate(1, out var codes);

        Assert.True(set.TryRedeem(codes[0].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAA-AAAA-AAAA-AAAA")]
    public void UnknownCodeIsRefusedAndConsumesNothing(string? code)
    {
        var set = RecoveryCodeSet.Generate(2, out _);

        Assert.False(set.TryRedeem(code));
        Assert.Equal(2, set.StoredHashes.Count);
    }
}
