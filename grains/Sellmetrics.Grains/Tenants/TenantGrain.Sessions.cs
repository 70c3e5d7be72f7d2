namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    public async Task<int> EndSessionsAsync(string endedBy)
    {
        var ended = 0;
        foreach (var userId in await tenants.ListUserIdsAsync(TenantId))
        {
            ended += await GrainFactory.GetUserGrain(userId).EndSessionsAsync(except: null);
        }

        await AuditAsync(endedBy, "sessions.ended-by-admin");
        return ended;
    }
}
