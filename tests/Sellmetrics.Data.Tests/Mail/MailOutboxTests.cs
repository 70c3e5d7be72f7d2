using Microsoft.Extensions.Logging.Abstractions;
using Sellmetrics.Data.Mail;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Mail;

public sealed class MailOutboxTests(TestPostgres postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task SendersOfSeveralSilosNeverClaimTheSameMailAndAFailedOneComesBackOnlyUntilGivenUp()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var dataSource = await postgres.CreateDataSourceAsync();
        await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(MigrationSet.Cluster, cancellationToken: cancellation);
        var outbox = new MailOutbox(dataSource);
        await using (var connection = await dataSource.OpenConnectionAsync(cancellation))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            for (var i = 0; i < 120; i++)
            {
                await MailOutbox.EnqueueAsync(connection, transaction, new OutgoingMail($"seller-{i}@shop.test", "Subject", $"Body {i}"), cancellation);
            }

            await transaction.CommitAsync(cancellation);
        }

        var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(
            async () =>
            {
                var mine = new List<long>();
                IReadOnlyList<OutboxMail> batch;
                while ((batch = await outbox.ClaimAsync(7, Lease, cancellation)).Count > 0)
                {
                    mine.AddRange(batch.Select(mail => mail.Id));
                }

                return mine;
            },
            cancellation));
        var claimed = (await Task.WhenAll(senders)).SelectMany(ids => ids).ToList();

        Assert.Equal(120, claimed.Count);
        Assert.Equal(120, claimed.Distinct().Count());
        Assert.Empty(await outbox.ClaimAsync(10, Lease, cancellation));

        await outbox.MarkFailedAsync(claimed[0], "SocketException", TimeSpan.Zero, cancellation);
        var retried = Assert.Single(await outbox.ClaimAsync(10, Lease, cancellation));
        Assert.Equal((claimed[0], 2), (retried.Id, retried.Attempt));
        await outbox.MarkFailedAsync(claimed[0], "SocketException", retryIn: null, cancellation);
        await outbox.MarkSentAsync(claimed[1], cancellation);
        await outbox.MarkFailedAsync(claimed[2], "SocketException", TimeSpan.Zero, cancellation);
        Assert.Equal([claimed[2]], (await outbox.ClaimAsync(10, Lease, cancellation)).Select(mail => mail.Id));
        Assert.Equal(2L, await dataSource.ScalarAsync<long>("SELECT count(*) FROM sellmetrics.mail_outbox WHERE body IS NULL"));
    }
}
