namespace Sellmetrics.Web.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before the silo takes traffic.</summary>
    public const string Ready = "ready";
}
