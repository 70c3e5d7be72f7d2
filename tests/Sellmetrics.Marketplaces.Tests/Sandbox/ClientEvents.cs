namespace Sellmetrics.Marketplaces.Tests.Sandbox;

/// <summary>The event ids the clients log, as the tests count them.</summary>
internal static class ClientEvents
{
    public const int LwaRefreshed = 7001;
    public const int LwaRefused = 7003;
    public const int AccessTokenRejected = 7004;
    public const int RateChanged = 7101;
    public const int Throttled = 7102;
    public const int Retry = 7201;
    public const int WalmartTokenIssued = 7301;
    public const int WalmartTokenRefused = 7302;
    public const int WalmartTokenRejected = 7303;
}
