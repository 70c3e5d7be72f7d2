using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>
/// The app of the fuzz pass: sign-in throttles raised so hostile bodies reach the sign-in endpoints' validation, and the
/// sandbox mounted so a hostile value that is a well-formed credential gets the marketplace's own refusal (422), not an
/// unreachable marketplace (502).
/// </summary>
public sealed class FuzzedApp(TestPostgres postgres) : SharedApp(postgres)
{
    protected override IDictionary<string, string?>? Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SignInAttemptsPerAddressPerMinute"] = "10000",
        ["Auth:SignInAttemptsPerAccountBeforeDelay"] = "10000",
        ["Auth:ReauthenticationsPerAccountPer15Minutes"] = "10000",
        ["Sandbox:Enabled"] = "true",
        ["Sandbox:AllowWithConfiguredDatabase"] = "true",
    };
}
