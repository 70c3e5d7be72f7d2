using Orleans.Concurrency;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Accounts;

[StatelessWorker]
public sealed class SecretRotationGrain(UserRepository users) : Grain, ISecretRotationGrain
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
}
