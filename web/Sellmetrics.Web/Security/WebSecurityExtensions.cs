using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Security;

/// <summary>Cookie authentication, authorization policies, CSRF tokens, sign-in throttling and proxy trust.</summary>
public static class WebSecurityExtensions
{
    public const string SessionCookieName = "__Host-sellmetrics";
    // Not __Host- prefixed: that demands Secure, and the antiforgery system refuses Secure-only
    // cookies on plain-HTTP requests (a local run); alone it is worthless without the request token.
    public const string AntiforgeryCookieName = "sellmetrics-csrf";

    private static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddWebSecurity(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionCheck>();
        services.AddSingleton<SessionCookieEvents>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, session) =>
            {
                cookie.Cookie.Name = SessionCookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.Path = "/";
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = session.Value.IdleTimeout;
                cookie.EventsType = typeof(SessionCookieEvents);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Seller, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.HasClaim(claim => claim.Type == SessionClaims.MfaSetupRequired)))
            .AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.HasClaim(claim => claim.Type == SessionClaims.MfaSetupRequired))
                .RequireClaim(SessionClaims.Role, SessionClaims.AdminRole));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = XsrfCookie.HeaderName;
            antiforgery.Cookie.Name = AntiforgeryCookieName;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AuthOptions>>((limiter, session) => limiter
            .AddPolicy(Policies.SignInRateLimit, http => RateLimitPartition.GetSlidingWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = session.Value.SignInAttemptsPerAddressPerMinute,
                    Window = SignInWindow,
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                }))
            .AddPolicy(Policies.ReauthenticationRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                SessionClaims.UserKeyOf(http.User) ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = session.Value.ReauthenticationsPerAccountPer15Minutes,
                    Window = TimeSpan.FromMinutes(15),
                    QueueLimit = 0,
                })));

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.Proxies)
            {
                forwarded.KnownProxies.Add(address);
            }

            foreach (var network in proxy.Value.Networks)
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        return services;
    }

    private static ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        // A sliding window's lease carries no wait; its window (a minute) is when a permit surely returns.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : SignInWindow;
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        return new ValueTask(TypedResults.Problem(title: "Too many attempts. Try again later.", statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(context.HttpContext));
    }
}
