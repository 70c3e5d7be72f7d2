using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Web.Dashboard;

namespace Sellmetrics.Web.Auth;

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/register", RegisterAsync).RequireRateLimiting(Policies.SignInRateLimit);
        group.MapPost("/login", LoginAsync).RequireRateLimiting(Policies.SignInRateLimit);
        group.MapPost("/logout", LogoutAsync);
        group.MapGet("/session", (Delegate)GetSession);
        return group;
    }

    private static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request, HttpContext http, IGrainFactory grains)
    {
        var result = await grains.GetGrain<IAccountsGrain>(0).RegisterAsync(
            new Registration(request.Email!, request.DisplayName!, request.Password!, request.ConfirmAdult));
        if (result.Outcome == RegistrationOutcome.Created)
        {
            KnownDeviceCookie.Remember(http, request.Email!);
        }

        return result.Outcome switch
        {
            RegistrationOutcome.Created => TypedResults.Ok(await SessionCookie.IssueAsync(http, result.Session!)),
            RegistrationOutcome.EmailTaken => TypedResults.Problem(
                title: "This email cannot be used to sign up.",
                detail: "Sign in instead, or use another address.",
                statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]>()),
        };
    }

    private static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, IGrainFactory grains, SignInThrottle throttle)
    {
        var attempt = SignInThrottle.KeyOf(request.Email!, KnownDeviceCookie.IdFor(http, request.Email!));
        if (!throttle.TryBegin(attempt, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "Too many sign-in attempts. Try again later.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var result = await grains.GetGrain<IAccountsGrain>(0).SignInAsync(new SignInAttempt(request.Email!, request.Password!, request.Code));
        if (result.Outcome == SignInOutcome.SignedIn)
        {
            throttle.Succeeded(attempt);
            KnownDeviceCookie.Remember(http, request.Email!);
        }
        else if (result.Outcome is SignInOutcome.CodeRequired or SignInOutcome.AccountClosing)
        {
            throttle.Released(attempt);
        }

        return result.Outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.Ok(await SessionCookie.IssueAsync(http, result.Session!)),
            SignInOutcome.CodeRequired => TypedResults.Problem(
                title: "Enter the code from your authenticator app.",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["codeRequired"] = true }),
            SignInOutcome.AccountClosing => TypedResults.Problem(title: "This account is closed and scheduled for deletion.", statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem(title: "The email, password or code is not right.", statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    // The server-side session ends, so a copy of the cookie is refused from now on, here and on every silo.
    private static async Task<NoContent> LogoutAsync(HttpContext http, IGrainFactory grains, DashboardConnections dashboards)
    {
        if (SessionClaims.UserKeyOf(http.User) is { } userKey && SessionClaims.SessionIdOf(http.User) is { } sessionId)
        {
            await grains.GetGrain<IUserGrain>(userKey).EndSessionAsync(sessionId);
            dashboards.EndSession(sessionId);
        }

        await http.SignOutAsync();
        return TypedResults.NoContent();
    }

    // The cookie check of this request has already asked the account's grain.
    private static Ok<SessionResponse> GetSession(HttpContext http) =>
        TypedResults.Ok(SessionCheck.ValidatedOf(http) is { } session ? SessionCookie.ResponseOf(session) : SessionResponse.Anonymous);
}
