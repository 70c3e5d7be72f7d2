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
        ReauthenticationRequest request, [AsParameters] SellerRequest seller)
    {
        var result = await seller.User.BeginMfaSetupAsync(ProofOf(request));
        return result.Setup is { } setup ? TypedResults.Ok(new MfaSetupResponse(setup.Secret, setup.OtpAuthUri)) : AccountProblems.Of(result.Outcome);
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ProblemHttpResult>> EnableAsync(
        MfaCodeRequest request, [AsParameters] SellerRequest seller, SessionCheck sessions)
    {
        var user = seller.User;
        if (string.IsNullOrWhiteSpace(request.Code) || await user.EnableMfaAsync(request.Code, seller.SessionId) is not { } codes)
        {
            return AccountProblems.Of(AccountChange.WrongCode);
        }

        await SessionCookie.RefreshAsync(seller.Http, (await sessions.CurrentAsync(seller.Http.User))!);
        return TypedResults.Ok(new RecoveryCodesResponse(codes));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        ReauthenticationRequest request, [AsParameters] SellerRequest seller)
    {
        var change = await seller.User.DisableMfaAsync(ProofOf(request), seller.SessionId);
        return change == AccountChange.Done ? TypedResults.NoContent() : AccountProblems.Of(change);
    }

    private static Reauthentication ProofOf(ReauthenticationRequest request) => new(request.Password ?? string.Empty, request.Code);
}
