using Orleans.Concurrency;
using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Accounts;

[StatelessWorker]
public sealed class SecretRotationGrain(UserStore users, TenantStore tenants, ConnectionStore connections) : Grain, ISecretRotationGrain
{
    // Through each user grain, so an activation never writes back a token sealed under a retired key.
    public async Task<int> RotateAllAsync()
    {
        var holders = await users.ListIdsWithSealedSecretsAsync();
        foreach (var userId in holders)
        {
            await GrainFactory.GetUserGrain(userId).RotateSealedSecretsAsync();
        }

        return holders.Count;
    }

    // Through each connection grain, which holds the sealed credentials it pulls with.
    public async Task<int> RotateConnectionsAsync()
    {
        var count = 0;
        foreach (var tenant in await tenants.ListAsync())
        {
            foreach (var connection in await connections.ListAsync(tenant.Id))
            {
                count += await GrainFactory.GetConnectionGrain(tenant.Id, connection.Id).RotateSealedCredentialsAsync() ? 1 : 0;
            }
        }

        return count;
    }
}
