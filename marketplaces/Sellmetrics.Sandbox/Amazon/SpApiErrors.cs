using Microsoft.AspNetCore.Http;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon;

/// <summary>SP-API error responses: <c>{"errors":[{code,message,details}]}</c> with an <c>x-amzn-ErrorType</c> header.</summary>
internal static class SpApiErrors
{
    public static IResult InvalidInput(HttpContext http, string message) =>
        Error(http, StatusCodes.Status400BadRequest, "InvalidInput", message, string.Empty, "ValidationException");

    public static IResult NotFound(HttpContext http, string message) =>
        Error(http, StatusCodes.Status404NotFound, "NotFound", message, string.Empty, "ResourceNotFoundException");

    public static IResult Unauthorized(HttpContext http, string details) =>
        Error(http, StatusCodes.Status403Forbidden, "Unauthorized", "Access to requested resource is denied.", details, "AccessDeniedException");

    public static IResult QuotaExceeded(HttpContext http) =>
        Error(http, StatusCodes.Status429TooManyRequests, "QuotaExceeded", "You exceeded your quota for the requested resource.", string.Empty, "QuotaExceededException");

    public static IResult ServiceUnavailable(HttpContext http) =>
        Error(http, StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Service temporarily unavailable. Please retry.", string.Empty, "ServiceUnavailableException");

    private static IResult Error(HttpContext http, int status, string code, string message, string details, string errorType)
    {
        http.Response.Headers["x-amzn-ErrorType"] = errorType;
        return SandboxJson.Json(new { errors = new[] { new { code, message, details } } }, status);
    }
}
