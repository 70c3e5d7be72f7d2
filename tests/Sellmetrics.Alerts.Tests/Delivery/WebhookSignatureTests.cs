using System.Security.Cryptography;
using System.Text;
using Sellmetrics.Alerts.Delivery;

namespace Sellmetrics.Alerts.Tests.Delivery;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("whsec-test-secret");
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_796_000_000);

    [Fact]
    public void TheHeaderIsTheTimestampAndTheHmacOfTimestampDotBody()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes("1796000000.{\"a\":1}")));

        Assert.Equal($"t=1796000000,v1={expected}", WebhookSignature.Sign(Secret, At, "{\"a\":1}"));
    }

    [Fact]
    public void AReceiverAcceptsTheBodyItWasSignedOverAndNothingElse()
    {
        var header = WebhookSignature.Sign(Secret, At, "{\"a\":1}");
        var tolerance = TimeSpan.FromMinutes(5);

        Assert.True(WebhookSignature.Verify(Secret, header, "{\"a\":1}", At.AddMinutes(1), tolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, "{\"a\":2}", At, tolerance));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes("another"), header, "{\"a\":1}", At, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, "{\"a\":1}", At.AddMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify(Secret, "t=1796000000,v1=zz", "{\"a\":1}", At, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, "garbage", "{\"a\":1}", At, tolerance));
    }
}
