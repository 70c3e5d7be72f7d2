using Npgsql;
using Sellmetrics.Alerts.Conditions;
using Sellmetrics.Alerts.Delivery;
using Sellmetrics.Alerts.Messages;
using Sellmetrics.Alerts.Rules;
using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Data.Alerts;

/// <summary>
/// A tenant's alerts: raising them (a condition once until it clears, an event once per rule), each with the times its
/// email and webhook are due, and reading, marking and delivering them.
/// </summary>
public sealed class AlertStore(TenantDatabase tenants)
{
    private const string SelectAlerts = "SELECT a.id, a.kind, a.subject, a.title, a.summary, a.page_path, a.raised_at, a.rule_id, a.read_at FROM alerts a";

    /// <summary>Applies one check of a rule: alerts for the conditions that began to hold, and forgets those that cleared.</summary>
    public async Task<IReadOnlyList<AlertMessage>> RaiseConditionsAsync(
        Guid tenantId, AlertRule rule, IReadOnlyList<Observation> observations, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var latch = AlertLatch.Apply(await ActiveAsync(session, rule.Id, cancellationToken), rule.Id, observations);
        foreach (var cleared in latch.Cleared)
        {
            await using var forget = session.CreateCommand("DELETE FROM alert_conditions WHERE rule_id = @rule AND subject = @subject");
            forget.Parameters.AddWithValue("rule", cleared.RuleId);
            forget.Parameters.AddWithValue("subject", cleared.Subject);
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        var raised = new List<AlertMessage>();
        foreach (var observation in latch.Raised)
        {
            await using var remember = session.CreateCommand(
                "INSERT INTO alert_conditions (rule_id, subject, since) VALUES (@rule, @subject, @now) ON CONFLICT DO NOTHING");
            remember.Parameters.AddWithValue("rule", rule.Id);
            remember.Parameters.AddWithValue("subject", observation.Subject);
            remember.Parameters.AddWithValue("now", now);
            await remember.ExecuteNonQueryAsync(cancellationToken);
            raised.AddRange(await InsertAsync(session, rule, observation, source: null, now, zone, cancellationToken));
        }

        await session.CommitAsync(cancellationToken);
        return raised;
    }

    /// <summary>Raises one alert per event (a listing change, named by its source key), never twice for the same rule and source.</summary>
    public async Task<IReadOnlyList<AlertMessage>> RaiseEventsAsync(
        Guid tenantId, AlertRule rule, IReadOnlyList<(string Source, Observation Observation)> events, DateTimeOffset now, TimeZoneInfo zone,
        CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var raised = new List<AlertMessage>();
        foreach (var (source, observation) in events)
        {
            raised.AddRange(await InsertAsync(session, rule, observation, source, now, zone, cancellationToken));
        }

        await session.CommitAsync(cancellationToken);
        return raised;
    }

    /// <summary>The alerts raised before <paramref name="before"/> (all when null), newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredAlert>> ListAsync(
        Guid tenantId, DateTimeOffset? before, bool unreadOnly, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"""
            {SelectAlerts}
            WHERE (@before::timestamptz IS NULL OR raised_at < @before) AND (NOT @unread OR read_at IS NULL)
            ORDER BY a.raised_at DESC, a.kind, a.subject, a.id LIMIT @limit
            """);
        command.Parameters.AddWithValue("before", NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)before ?? DBNull.Value);
        command.Parameters.AddWithValue("unread", unreadOnly);
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> UnreadCountAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("SELECT count(*) FROM alerts WHERE read_at IS NULL");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Marks the named alerts read (every unread one when <paramref name="ids"/> is null); returns how many changed.</summary>
    public async Task<int> MarkReadAsync(Guid tenantId, IReadOnlyList<Guid>? ids, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand(
            "UPDATE alerts SET read_at = @now WHERE read_at IS NULL AND (@ids::uuid[] IS NULL OR id = ANY(@ids))");
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid, (object?)ids?.ToArray() ?? DBNull.Value);
        var changed = await command.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>The alerts whose delivery on <paramref name="channel"/> is due by <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<StoredAlert>> DueAsync(Guid tenantId, AlertChannels channel, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"""
            {SelectAlerts}
            JOIN alert_deliveries d ON d.alert_id = a.id
            WHERE d.channel = @channel AND d.sent_at IS NULL AND d.due_at <= @now
            ORDER BY a.raised_at, a.kind, a.subject, a.id
            """);
        command.Parameters.AddWithValue("channel", AlertChannelNames.NameOf(channel));
        command.Parameters.AddWithValue("now", now);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>Records that these alerts went out on the channel (handed to its outbox), so they are not sent again.</summary>
    public async Task MarkDeliveredAsync(Guid tenantId, IReadOnlyList<Guid> alertIds, AlertChannels channel, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand(
            "UPDATE alert_deliveries SET sent_at = @now WHERE channel = @channel AND alert_id = ANY(@ids) AND sent_at IS NULL");
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("channel", AlertChannelNames.NameOf(channel));
        command.Parameters.AddWithValue("ids", alertIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    private static async Task<IReadOnlySet<ConditionKey>> ActiveAsync(TenantSession session, Guid ruleId, CancellationToken cancellationToken)
    {
        await using var command = session.CreateCommand("SELECT subject FROM alert_conditions WHERE rule_id = @rule FOR UPDATE");
        command.Parameters.AddWithValue("rule", ruleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var active = new HashSet<ConditionKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            active.Add(new ConditionKey(ruleId, reader.GetString(0)));
        }

        return active;
    }

    private static async Task<IReadOnlyList<AlertMessage>> InsertAsync(
        TenantSession session, AlertRule rule, Observation observation, string? source, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var alert = AlertMessage.Of(Guid.CreateVersion7(now), observation, now);
        await using var insert = session.CreateCommand("""
            INSERT INTO alerts (id, rule_id, kind, subject, title, summary, page_path, raised_at, source)
            VALUES (@id, @rule, @kind, @subject, @title, @summary, @page, @now, @source)
            ON CONFLICT (rule_id, source) DO NOTHING
            """);
        insert.Parameters.AddWithValue("id", alert.Id);
        insert.Parameters.AddWithValue("rule", rule.Id);
        insert.Parameters.AddWithValue("kind", alert.Kind.ToString());
        insert.Parameters.AddWithValue("subject", alert.Subject);
        insert.Parameters.AddWithValue("title", alert.Title);
        insert.Parameters.AddWithValue("summary", alert.Summary);
        insert.Parameters.AddWithValue("page", alert.PagePath);
        insert.Parameters.AddWithValue("now", now);
        insert.Parameters.AddWithValue("source", (object?)source ?? DBNull.Value);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return [];
        }

        foreach (var channel in AlertChannelNames.Each(rule.Channels & ~AlertChannels.InApp))
        {
            await using var delivery = session.CreateCommand("INSERT INTO alert_deliveries (alert_id, channel, due_at) VALUES (@id, @channel, @due)");
            delivery.Parameters.AddWithValue("id", alert.Id);
            delivery.Parameters.AddWithValue("channel", AlertChannelNames.NameOf(channel));
            delivery.Parameters.AddWithValue("due", DeliverySchedule.SendAt(rule, channel, now, zone));
            await delivery.ExecuteNonQueryAsync(cancellationToken);
        }

        return [alert];
    }

    private static async Task<IReadOnlyList<StoredAlert>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<StoredAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new StoredAlert(
                new AlertMessage(
                    reader.GetGuid(0), Enum.Parse<AlertKind>(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)),
                reader.IsDBNull(7) ? null : reader.GetGuid(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return alerts;
    }
}
