using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>A report a seller asked for (or a settlement report the sandbox made), and where it is in its life.</summary>
internal sealed record SandboxReport(
    string ReportId,
    string SellerId,
    string ReportType,
    IReadOnlyList<string> MarketplaceIds,
    DateTimeOffset DataStartTime,
    DateTimeOffset DataEndTime,
    IReadOnlyDictionary<string, string> Options,
    DateTimeOffset CreatedTime,
    bool IsSettlement = false)
{
    /// <summary>The settlement a settlement report is of (null for a requested report).</summary>
    public AmazonSettlement? Settlement { get; init; }

    private static readonly TimeSpan QueueTime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProcessingTime = TimeSpan.FromSeconds(35);

    public string DocumentId => "amzn1.spdoc.1.4.na." + ReportId;

    public DateTimeOffset StartedAt(SandboxClock clock) => IsSettlement ? CreatedTime : CreatedTime + clock.Scaled(QueueTime);

    public DateTimeOffset DoneAt(SandboxClock clock) => IsSettlement ? CreatedTime : StartedAt(clock) + clock.Scaled(ProcessingTime);

    /// <summary>IN_QUEUE, then IN_PROGRESS, then DONE (or CANCELLED when the document would be empty).</summary>
    public string StatusAt(SandboxClock clock, Func<bool> hasData)
    {
        var now = clock.UtcNow;
        if (now < StartedAt(clock))
        {
            return "IN_QUEUE";
        }

        if (now < DoneAt(clock))
        {
            return "IN_PROGRESS";
        }

        return hasData() ? "DONE" : "CANCELLED";
    }
}
