using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Account;

/// <summary>Authenticator-app (TOTP) setup. Setup and enabling stay open while MFA setup is still required.</summary>
public static class MfaApi
{
    public static RouteGroupBuilder MapMfaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account/mfa").WithTags("Account");
        group.MapPost("/setup", BeginSetupAsync).RequireAuthorization(Policies.SignedIn);
        group.MapPost("/enable", EnableAsync).RequireAuthorization(Policies.SignedIn);
        group.MapPost("/disable", DisableAsync).RequireAuthorization(Policies.Seller);
        return group;
    }

    private static async Task<Ok<MfaSetupResponse>> BeginSetupAsync(HttpContext http, IGrainFactory grains)
    {
        var setup = await AccountApi.User(http, grains).BeginMfaSetupAsync();
        return TypedResults.Ok(new MfaSetupResponse(setup.Secret, setup.OtpAuthUri));
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ProblemHttpResult>> EnableAsync(
        MfaCodeRequest request, HttpContext http, IGrainFactory grains)
    {
        var user = AccountApi.User(http, grains);
        if (string.IsNullOrWhiteSpace(request.Code) || await user.EnableMfaAsync(request.Code) is not { } codes)
        {
            return AccountProblems.Of(AccountChange.WrongCode);
        }

        await SessionCookie.IssueAsync(http, (await user.GetSessionAsync())!, SessionClaims.SignedInAtOf(http.User));
        return TypedResults.Ok(new RecoveryCodesResponse(codes));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        PasswordConfirmation confirmation, HttpContext http, IGrainFactory grains)
    {
        var change = await AccountApi.User(http, grains).DisableMfaAsync(confirmation.Password ?? string.Empty);
        return change == AccountChange.Done ? TypedResults.NoContent() : AccountProblems.Of(change);
    }
}
