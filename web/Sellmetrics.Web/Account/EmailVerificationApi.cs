using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Account;

/// <summary>Email verification: opening a link (anyone holding it; the token is the proof) and asking for a new one.</summary>
public static class EmailVerificationApi
{
    public static RouteGroupBuilder MapEmailVerificationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account/email").WithTags("Account");
        group.MapPost("/verify", VerifyAsync).AllowAnonymous().RequireRateLimiting(Policies.SignInRateLimit);
        group.MapPost("/resend", ResendAsync).RequireAuthorization(Policies.SignedIn);
        return group;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> VerifyAsync(VerifyEmailRequest request, IGrainFactory grains)
    {
        var outcome = await grains.GetGrain<IAccountsGrain>(0).VerifyEmailAsync(request.Token ?? string.Empty);
        return outcome == EmailVerification.Verified ? TypedResults.NoContent() : EmailLinkProblems.Of(outcome);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> ResendAsync([AsParameters] SellerRequest seller, EmailLinkThrottle throttle)
    {
        if (!throttle.TryAcquire(seller.Actor, out var retryAfter))
        {
            return EmailLinkProblems.TooMany(seller.Http, retryAfter);
        }

        await seller.User.SendEmailLinkAsync();
        return TypedResults.Accepted((string?)null);
    }
}
