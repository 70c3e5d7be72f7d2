namespace Sellmetrics.Marketplaces.Auth;

internal static class Redaction
{
    public const string Mask = "***";

    /// <summary>Shows at most the last four characters of a public identifier (never used for secrets).</summary>
    public static string Tail(string value) => value.Length <= 4 ? Mask : $"{Mask}{value[^4..]}";
}
