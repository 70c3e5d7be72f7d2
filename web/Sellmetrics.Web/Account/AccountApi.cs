using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Rules;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Account;

public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account").RequireAuthorization(Policies.Seller);
        group.MapGet("/", GetAsync);
        group.MapPatch("/", ChangeAsync).RequireRateLimiting(Policies.ReauthenticationRateLimit);
        group.MapPost("/password", ChangePasswordAsync).RequireRateLimiting(Policies.ReauthenticationRateLimit);
        group.MapGet("/export", AccountExport.WriteAsync).Produces(StatusCodes.Status200OK, contentType: "application/zip");
        group.MapDelete("/", CloseAsync).RequireRateLimiting(Policies.ReauthenticationRateLimit);
        app.MapMfaApi();
        app.MapEmailVerificationApi();
        return group;
    }

    private static async Task<Results<Ok<AccountResponse>, NotFound>> GetAsync(HttpContext http, IGrainFactory grains) =>
        await User(http, grains).GetAccountAsync() is { } account ? TypedResults.Ok(ResponseOf(account)) : TypedResults.NotFound();

    private static async Task<Results<Ok<AccountResponse>, Accepted<AccountResponse>, ValidationProblem, ProblemHttpResult, NotFound>> ChangeAsync(
        ChangeAccountRequest request, HttpContext http, IGrainFactory grains, EmailLinkThrottle throttle)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.DisplayName is not null && AccountRules.DisplayNameError(request.DisplayName) is { } nameError)
        {
            errors["displayName"] = [nameError];
        }

        if (request.Email is not null && AccountRules.EmailError(request.Email) is { } emailError)
        {
            errors["email"] = [emailError];
        }

        if (request.Email is not null && string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Re-enter your password to change your email."];
        }

        if (errors.Count > 0 || (request.DisplayName is null && request.Email is null))
        {
            return TypedResults.ValidationProblem(errors.Count > 0 ? errors : new() { ["account"] = ["Nothing to change."] });
        }

        if (request.Email is not null && !throttle.TryAcquire(SessionClaims.UserKeyOf(http.User)!, out var retryAfter))
        {
            return EmailLinkProblems.TooMany(http, retryAfter);
        }

        var user = User(http, grains);
        if (request.Email is not null)
        {
            // The address switches only when the link sent to it is opened; the answer is the same whether it is free or not.
            var emailChange = await user.ChangeEmailAsync(request.Email, request.Password!);
            if (emailChange != AccountChange.Done)
            {
                return AccountProblems.Of(emailChange);
            }
        }

        if (request.DisplayName is not null)
        {
            await user.ChangeDisplayNameAsync(request.DisplayName);
        }

        if (await user.GetAccountAsync() is not { } account)
        {
            return TypedResults.NotFound();
        }

        return request.Email is null ? TypedResults.Ok(ResponseOf(account)) : TypedResults.Accepted((string?)null, ResponseOf(account));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, IGrainFactory grains)
    {
        var error = AccountRules.PasswordError(request.NewPassword, http.User.FindFirst(SessionClaims.Email)?.Value);
        if (string.IsNullOrEmpty(request.CurrentPassword) || error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["newPassword"] = [error ?? "Enter your current password."],
            });
        }

        // This session continues; every other one ends at its next request.
        var change = await User(http, grains).ChangePasswordAsync(request.CurrentPassword, request.NewPassword!, SessionClaims.SessionIdOf(http.User));
        return change == AccountChange.Done ? TypedResults.NoContent() : AccountProblems.Of(change);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CloseAsync(
        [FromBody] PasswordConfirmation confirmation, HttpContext http, IGrainFactory grains)
    {
        var change = await User(http, grains).CloseAsync(confirmation.Password ?? string.Empty);
        if (change != AccountChange.Done)
        {
            return AccountProblems.Of(change);
        }

        await http.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static AccountResponse ResponseOf(AccountSnapshot account) =>
        new(account.Email, account.DisplayName, account.MfaEnabled, account.IsAdmin, account.CreatedAt, account.LastSignInAt, account.EmailVerified, account.PendingEmail);

    internal static IUserGrain User(HttpContext http, IGrainFactory grains) =>
        grains.GetGrain<IUserGrain>(SessionClaims.UserKeyOf(http.User)!);
}
