using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Sellmetrics.Web.Dashboard;

/// <summary>
/// Logs hub method failures by whose fault they are: a <see cref="HubException"/> is a refused request (the caller's
/// fault, told to the caller) and is logged at debug; anything else is a server error. SignalR's own dispatcher logs every
/// failure as an error, so <see cref="DashboardServices"/> leaves that to this filter.
/// </summary>
public sealed partial class HubInvocationLogging(ILogger<HubInvocationLogging> logger) : IHubFilter
{
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (HubException refused)
        {
            LogRefused(logger, invocation.HubMethodName, refused.Message);
            throw;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogFailed(logger, invocation.HubMethodName, failure);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub method {Method} refused a request: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private static partial void LogFailed(ILogger logger, string method, Exception exception);
}
