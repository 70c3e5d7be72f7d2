using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Account;

/// <summary>The problem-details answers of email verification.</summary>
internal static class EmailLinkProblems
{
    public static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(title: "Too many email links asked for. Try again later.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static ProblemHttpResult Of(EmailVerification outcome) => outcome switch
    {
        EmailVerification.Expired => TypedResults.Problem(
            title: "This link has expired.", detail: "Sign in and ask for a new link in Settings.", statusCode: StatusCodes.Status410Gone),
        EmailVerification.Taken => TypedResults.Problem(
            title: "This address is now used by another account.", statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "This link is not valid, or has been used already.", statusCode: StatusCodes.Status400BadRequest),
    };
}
