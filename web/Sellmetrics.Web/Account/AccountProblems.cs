using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Account;

/// <summary>The problem-details answer for an account change that did not happen.</summary>
internal static class AccountProblems
{
    public static ProblemHttpResult Of(AccountChange change) => change switch
    {
        AccountChange.WrongPassword => TypedResults.Problem(title: "The password is not right.", statusCode: StatusCodes.Status403Forbidden),
        AccountChange.WrongCode => TypedResults.Problem(title: "The code is not right.", statusCode: StatusCodes.Status400BadRequest),
        AccountChange.Invalid => TypedResults.Problem(title: "That value is not acceptable.", statusCode: StatusCodes.Status400BadRequest),
        _ => TypedResults.Problem(title: "The account no longer exists.", statusCode: StatusCodes.Status404NotFound),
    };
}
