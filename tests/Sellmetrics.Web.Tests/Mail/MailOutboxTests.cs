using System.Globalization;
using System.Net;
using System.Text;
using MimeKit;
using netDumbster.smtp;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Mail;

public sealed class MailOutboxTests(TestPostgres postgres)
{
    private const string PublicBaseUrl = "https://app.sellmetrics.test/";

    [Fact]
    public async Task AMailQueuedWhileTheSmtpServerIsDownIsRetriedAndDeliveredOnceItIsUp()
    {
        var smtpPort = LoopbackPort.Free();
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:From"] = "Sellmetrics <no-reply@sellmetrics.test>",
            ["Mail:RetryDelay"] = "00:00:00.200",
            ["Mail:Timeout"] = "00:00:05",
            ["Sellmetrics:PublicBaseUrl"] = PublicBaseUrl,
        });
        await using var database = app.OpenDatabase();

        var seller = await Seller.SignUpAsync(app, "Patient");
        await WaitAsync(async () => await database.ScalarAsync<int>(
            "SELECT attempts FROM sellmetrics.mail_outbox WHERE recipient = @to AND last_error IS NOT NULL AND sent_at IS NULL", ("to", seller.Email)) >= 1);

        using var smtp = SimpleSmtpServer.Start(smtpPort);
        await WaitAsync(() => Task.FromResult(smtp.ReceivedEmailCount > 0));
        await WaitAsync(async () => await database.ScalarAsync<long>(
            "SELECT count(*) FROM sellmetrics.mail_outbox WHERE recipient = @to AND sent_at IS NOT NULL AND body IS NULL", ("to", seller.Email)) == 1);

        var received = smtp.ReceivedEmail.Single();
        Assert.Equal(seller.Email, received.ToAddresses.Single().Address);
        var body = (await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)), TestContext.Current.CancellationToken)).TextBody;
        Assert.StartsWith($"{PublicBaseUrl}verify-email.html#token=", Mailbox.LinkIn(body).ToString());
        var token = Mailbox.TokenIn(body);
        Assert.Equal(HttpStatusCode.NoContent, (await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token })).StatusCode);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    private static Task WaitAsync(Func<Task<bool>> condition) =>
        Eventually.HoldsAsync(condition, TimeSpan.FromSeconds(30), "The condition did not come true within 30 s.", TestContext.Current.CancellationToken);
}
