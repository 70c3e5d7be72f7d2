using Microsoft.Extensions.Logging;

namespace Sellmetrics.Grains.Sync;

public sealed partial class MarketplaceConnectionGrain
{
    private bool _accountConfirmed;

    // A connection stored before seller ids were verified may name an account its grant is not for. It pulls nothing, and
    // so spends no one's rate budget, until Amazon confirms the account (once per activation); refused, it stops as revoked.
    private async Task<bool> AccountConfirmedAsync(CancellationToken cancellationToken)
    {
        if (_accountConfirmed || _connection is not { Marketplace: MarketplaceNames.Amazon } connection)
        {
            return true;
        }

        var credentials = vault.OpenAmazon(connection.SealedCredentials);
        var outcome = MarketplaceAccountIds.IsAmazonSellerId(credentials.SellerId)
            ? Outcome(await check.CheckAsync(credentials, cancellationToken))
            : ConnectOutcome.AccountMismatch;
        switch (outcome)
        {
            case ConnectOutcome.Connected:
                _accountConfirmed = true;
                return true;
            case ConnectOutcome.Unavailable:
                return false;
            default:
                LogAccountNotConfirmed(_tenantId, _connectionId, outcome);
                await RevokedAsync();
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} connection {ConnectionId}: Amazon did not confirm the stored seller account ({Outcome}); pulls stopped")]
    private partial void LogAccountNotConfirmed(Guid tenantId, Guid connectionId, ConnectOutcome outcome);
}
