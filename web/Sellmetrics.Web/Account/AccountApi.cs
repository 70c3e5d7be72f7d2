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

    private static async Task<Results<Ok<AccountResponse>, NotFound>> GetAsync([AsParameters] SellerRequest seller) =>
        await seller.User.GetAccountAsync() is { } account ? TypedResults.Ok(ResponseOf(account)) : TypedResults.NotFound();

    private static async Task<Results<Ok<AccountResponse>, Accepted<AccountResponse>, ValidationProblem, ProblemHttpResult, NotFound>> ChangeAsync(
        ChangeAccountRequest request, [AsParameters] SellerRequest seller, EmailLinkThrottle throttle)
    {
        if (request.Email is not null && !throttle.TryAcquire(seller.Actor, out var retryAfter))
        {
            return EmailLinkProblems.TooMany(seller.Http, retryAfter);
        }

        var user = seller.User;
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
        ChangePasswordRequest request, [AsParameters] SellerRequest seller)
    {
        var error = AccountRules.PasswordError(request.NewPassword, seller.Email);
        if (string.IsNullOrEmpty(request.CurrentPassword) || error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["newPassword"] = [error ?? "Enter your current password."],
            });
        }

        // This session continues; every other one ends at its next request.
        var change = await seller.User.ChangePasswordAsync(request.CurrentPassword, request.NewPassword!, seller.SessionId);
        return change == AccountChange.Done ? TypedResults.NoContent() : AccountProblems.Of(change);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CloseAsync(
        [FromBody] PasswordConfirmation confirmation, [AsParameters] SellerRequest seller)
    {
        var change = await seller.User.CloseAsync(confirmation.Password ?? string.Empty);
        if (change != AccountChange.Done)
        {
            return AccountProblems.Of(change);
        }

        await seller.Http.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static AccountResponse ResponseOf(AccountSnapshot account) =>
        new(account.Email, account.DisplayName, account.MfaEnabled, account.IsAdmin, account.CreatedAt, account.LastSignInAt, account.EmailVerified, account.PendingEmail);
}
