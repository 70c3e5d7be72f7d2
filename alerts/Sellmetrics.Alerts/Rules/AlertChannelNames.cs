namespace Sellmetrics.Alerts.Rules;

/// <summary>The names channels have in storage and on the API: <c>inApp</c>, <c>email</c>, <c>webhook</c>.</summary>
public static class AlertChannelNames
{
    private static readonly (AlertChannels Channel, string Name)[] Names =
        [(AlertChannels.InApp, "inApp"), (AlertChannels.Email, "email"), (AlertChannels.Webhook, "webhook")];

    public static IReadOnlyList<string> Of(AlertChannels channels) =>
        [.. Names.Where(n => channels.HasFlag(n.Channel)).Select(n => n.Name)];

    public static string NameOf(AlertChannels channel) => Names.Single(n => n.Channel == channel).Name;

    /// <summary>The channels named; an unknown name is an error for the caller to report.</summary>
    public static AlertChannels Parse(IEnumerable<string> names) =>
        names.Aggregate(AlertChannels.None, (all, name) => all | (TryParse(name, out var channel)
            ? channel
            : throw new FormatException($"'{name}' is not an alert channel.")));

    public static bool TryParse(string name, out AlertChannels channel)
    {
        var match = Names.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
        channel = match.Channel;
        return match.Name is not null;
    }

    /// <summary>Each single channel of a set.</summary>
    public static IEnumerable<AlertChannels> Each(AlertChannels channels) => Names.Select(n => n.Channel).Where(c => channels.HasFlag(c));
}
