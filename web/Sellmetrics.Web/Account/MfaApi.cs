using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Account;

/// <summary>
/// Authenticator-app (TOTP) setup, swap and removal, each after the password and, when MFA is on, a current code; each ends
/// the account's other sessions. Setup and enabling stay open while MFA setup is still required.
/// </summary>
public static class MfaApi
{
    public static RouteGroupBuilder MapMfaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account/mfa").WithTags("Account").RequireRateLimiting(Policies.ReauthenticationRateLimit);
        group.MapPost("/setup", BeginSetupAsync).RequireAuthorization(Policies.SignedIn);
        group.MapPost("/enable", EnableAsync).RequireAuthorization(Policies.SignedIn);
        group.MapPost("/disable", DisableAsync).RequireAuthorization(Policies.Seller);
        return group;
    }

    private static async Task<Results<Ok<MfaSetupResponse>, ProblemHttpResult>> BeginSetupAsync(
        ReauthenticationRequest request, HttpContext http, IGrainFactory grains)
    {
        var result = await AccountApi.User(http, grains).BeginMfaSetupAsync(ProofOf(request));
        return result.Setup is { } setup ? TypedResults.Ok(new MfaSetupResponse(setup.Secret, setup.OtpAuthUri)) : AccountProblems.Of(result.Outcome);
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ProblemHttpResult>> EnableAsync(
        MfaCodeRequest request, HttpContext http, IGrainFactory grains, SessionCheck sessions)
    {
        var user = AccountApi.User(http, grains);
        if (string.IsNullOrWhiteSpace(request.Code) || await user.EnableMfaAsync(request.Code, SessionClaims.SessionIdOf(http.User)) is not { } codes)
        {
            return AccountProblems.Of(AccountChange.WrongCode);
        }

        await SessionCookie.RefreshAsync(http, (await sessions.CurrentAsync(http.User))!);
        return TypedResults.Ok(new RecoveryCodesResponse(codes));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        ReauthenticationRequest request, HttpContext http, IGrainFactory grains)
    {
        var change = await AccountApi.User(http, grains).DisableMfaAsync(ProofOf(request), SessionClaims.SessionIdOf(http.User));
        return change == AccountChange.Done ? TypedResults.NoContent() : AccountProblems.Of(change);
    }

    private static Reauthentication ProofOf(ReauthenticationRequest request) => new(request.Password ?? string.Empty, request.Code);
}
