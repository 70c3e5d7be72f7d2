using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sellmetrics.Web.Security;

/// <summary>
/// The safety net behind the validators: input the server could not read or store answers a 4xx problem, never a 500.
/// A body Kestrel refused keeps its status (413, 400); a malformed form is a 400; a value PostgreSQL refuses as data
/// (SQLSTATE class 22, such as 22021 for a NUL) is a 400 that names neither the value nor the database.
/// </summary>
public sealed partial class BadInputExceptionHandler(ILogger<BadInputExceptionHandler> logger) : IExceptionHandler
{
    private const string DataExceptionClass = "22";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = Classify(exception);
        if (status == 0 || http.Response.HasStarted)
        {
            return false;
        }

        LogRefused(logger, status, http.GetEndpoint()?.DisplayName ?? "no endpoint", exception.GetType().Name);
        await TypedResults.Problem(title: title, statusCode: status).ExecuteAsync(http);
        return true;
    }

    private static (int Status, string? Title) Classify(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            switch (cause)
            {
                case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                    return (StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
                case BadHttpRequestException:
                case InvalidDataException:
                    return (StatusCodes.Status400BadRequest, "The request body could not be read.");
                case DbException { SqlState: { } state } when state.StartsWith(DataExceptionClass, StringComparison.Ordinal):
                    return (StatusCodes.Status400BadRequest, "The request holds a value that cannot be stored.");
            }
        }

        return (0, null);
    }

    // The endpoint's route pattern, not the request path: a path can carry line breaks that would forge log lines.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Endpoint} with {Status}: {Exception}")]
    private static partial void LogRefused(ILogger logger, int status, string endpoint, string exception);
}
