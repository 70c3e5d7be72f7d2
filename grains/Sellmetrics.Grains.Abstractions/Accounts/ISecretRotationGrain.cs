namespace Sellmetrics.Grains.Accounts;

/// <summary>Re-seals every stored secret under the newest encryption key. A stateless worker; call it with key 0 (admin endpoint).</summary>
[Alias("sellmetrics.secret-rotation")]
public interface ISecretRotationGrain : IGrainWithIntegerKey
{
    /// <summary>Rotates every account holding sealed secrets and returns how many there were.</summary>
    Task<int> RotateAllAsync();

    /// <summary>Re-seals every marketplace connection's credentials and returns how many there were.</summary>
    Task<int> RotateConnectionsAsync();
}
