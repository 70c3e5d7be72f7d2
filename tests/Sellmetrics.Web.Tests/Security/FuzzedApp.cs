using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>The app of the fuzz pass: sign-in throttles raised so hostile bodies reach the sign-in endpoints' validation.</summary>
public sealed class FuzzedApp(TestPostgres postgres) : SharedApp(postgres)
{
    protected override IDictionary<string, string?>? Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SignInAttemptsPerAddressPerMinute"] = "10000",
        ["Auth:SignInAttemptsPerAccountPer15Minutes"] = "10000",
    };
}
