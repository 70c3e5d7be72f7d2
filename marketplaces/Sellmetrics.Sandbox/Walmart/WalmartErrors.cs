using Microsoft.AspNetCore.Http;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart gateway errors: <c>{"errors":[{code, field, description, info, severity, category, causes, errorIdentifiers}]}</c>.</summary>
internal static class WalmartErrors
{
    public static IResult MissingHeader(string header) =>
        Error(StatusCodes.Status400BadRequest, "MISSING_REQUEST_HEADER.GMP_GATEWAY_API", header, $"Request header {header} is missing.", "REQUEST");

    public static IResult InvalidParam(string field, string description) =>
        Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST_PARAM.GMP_GATEWAY_API", field, description, "REQUEST");

    public static IResult Unauthorized(string description) =>
        Error(StatusCodes.Status401Unauthorized, "UNAUTHORIZED.GMP_GATEWAY_API", "WM_SEC.ACCESS_TOKEN", description, "REQUEST");

    public static IResult NotFound(string field, string description) =>
        Error(StatusCodes.Status404NotFound, "CONTENT_NOT_FOUND.GMP_ORDER_API", field, description, "DATA");

    public static IResult Throttled() =>
        Error(StatusCodes.Status429TooManyRequests, "REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API", string.Empty, "Request threshold violated.", "REQUEST");

    public static IResult SystemError() =>
        Error(StatusCodes.Status500InternalServerError, "SYSTEM_ERROR.GMP_GATEWAY_API", string.Empty, "Internal system error.", "SYSTEM");

    private static IResult Error(int status, string code, string field, string description, string category) => SandboxJson.Json(new
    {
        errors = new[]
        {
            new { code, field, description, info = description, severity = "ERROR", category, causes = Array.Empty<object>(), errorIdentifiers = new { } },
        },
    }, status);
}
