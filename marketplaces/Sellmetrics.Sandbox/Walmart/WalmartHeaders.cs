using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>The headers every Walmart call must carry, checked in the order Walmart's gateway reports them.</summary>
internal static class WalmartHeaders
{
    public const string ServiceName = "WM_SVC.NAME";
    public const string CorrelationId = "WM_QOS.CORRELATION_ID";
    public const string AccessToken = "WM_SEC.ACCESS_TOKEN";

    public static IResult? MissingRequired(HttpRequest request) =>
        request.Headers[ServiceName].ToString().Length == 0 ? WalmartErrors.MissingHeader(ServiceName)
        : request.Headers[CorrelationId].ToString().Length == 0 ? WalmartErrors.MissingHeader(CorrelationId)
        : null;
}
