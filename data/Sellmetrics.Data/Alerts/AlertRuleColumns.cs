using Npgsql;
using Sellmetrics.Alerts.Rules;
using Sellmetrics.Listings.Snapshots;

namespace Sellmetrics.Data.Alerts;

/// <summary>How an alert rule is stored: its columns, read and written in one place.</summary>
internal static class AlertRuleColumns
{
    public const string Select =
        "SELECT id, kind, threshold, skus, attributes, channels, quiet_from, quiet_to, daily_digest FROM alert_rules";

    public static AlertRule Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        Enum.Parse<AlertKind>(reader.GetString(1)),
        reader.IsDBNull(2) ? null : reader.GetDecimal(2),
        reader.GetFieldValue<string[]>(3),
        [.. reader.GetFieldValue<string[]>(4).Select(Enum.Parse<ListingAttribute>)],
        AlertChannelNames.Parse(reader.GetFieldValue<string[]>(5)),
        reader.IsDBNull(6) ? null : new QuietHours(reader.GetFieldValue<TimeOnly>(6), reader.GetFieldValue<TimeOnly>(7)),
        reader.GetBoolean(8));

    public static void Write(NpgsqlParameterCollection parameters, AlertRule rule)
    {
        parameters.AddWithValue("id", rule.Id);
        parameters.AddWithValue("kind", rule.Kind.ToString());
        parameters.AddWithValue("threshold", (object?)rule.Threshold ?? DBNull.Value);
        parameters.AddWithValue("skus", rule.Skus.ToArray());
        parameters.AddWithValue("attributes", rule.Attributes.Select(a => a.ToString()).ToArray());
        parameters.AddWithValue("channels", AlertChannelNames.Of(rule.Channels).ToArray());
        parameters.AddWithValue("quiet_from", (object?)rule.QuietHours?.From ?? DBNull.Value);
        parameters.AddWithValue("quiet_to", (object?)rule.QuietHours?.To ?? DBNull.Value);
        parameters.AddWithValue("daily_digest", rule.DailyDigest);
    }
}
