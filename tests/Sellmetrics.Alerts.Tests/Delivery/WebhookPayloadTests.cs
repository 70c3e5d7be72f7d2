using System.Text.Json;
using Sellmetrics.Alerts.Conditions;
using Sellmetrics.Alerts.Delivery;
using Sellmetrics.Alerts.Messages;
using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Tests.Delivery;

public sealed class WebhookPayloadTests
{
    private static readonly AlertMessage Alert = AlertMessage.Of(
        Guid.Parse("0b6b4e38-5c1a-4b8e-9d3e-5f1f7b2a9c01"),
        new Observation(AlertKind.BuyBoxLost, "MUG 01", true, "MUG 01: seller A2OTHER holds the Buy Box."),
        new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SlacksShapeIsOneTextWithTitleNumbersAndLink()
    {
        using var body = JsonDocument.Parse(WebhookPayload.Body(Alert, new Uri("https://app.example/"), slack: true));

        Assert.Equal(
            "*Buy Box lost: MUG 01*\nMUG 01: seller A2OTHER holds the Buy Box.\n<https://app.example/cvr.html?sku=MUG%2001|Open in Sellmetrics>",
            body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void OurShapeNamesKindSubjectAndAnAbsoluteLink()
    {
        using var body = JsonDocument.Parse(WebhookPayload.Body(Alert, new Uri("https://app.example/"), slack: false));

        Assert.Equal("BuyBoxLost", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("MUG 01", body.RootElement.GetProperty("subject").GetString());
        Assert.Equal("https://app.example/cvr.html?sku=MUG%2001", body.RootElement.GetProperty("link").GetString());
    }
}
