namespace Sellmetrics.Grains.Connections;

/// <summary>A connection's status: pulling, or stopped because the marketplace revoked the seller's authorization.</summary>
internal static class ConnectionStatus
{
    public const string Connected = "connected";
    public const string Revoked = "revoked";
}
