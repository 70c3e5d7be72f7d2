using System.Net;
using Sellmetrics.Grains.Webhooks;

namespace Sellmetrics.Grains.Tests.Webhooks;

public sealed class PublicAddressesTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.5", false)]
    [InlineData("172.32.0.5", true)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:8.8.4.4", true)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("fec0::1", false)]
    [InlineData("198.18.0.1", false)]
    public void OnlyPublicInternetAddressesMayBeReachedByAWebhook(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddresses.Contains(IPAddress.Parse(address)));
}
