using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Identity;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Profit.Days;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

public sealed partial class MarketplaceConnectionGrain(
    ConnectionStore connections,
    DatasetProgressStore syncState,
    TenantStore tenants,
    CredentialVault vault,
    CredentialCheck check,
    PullServices pulls,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<MarketplaceConnectionGrain> logger) : Grain, IMarketplaceConnectionGrain, IRemindable
{
    private const string ReminderPrefix = "sync:";
    private readonly Dictionary<DatasetKey, DatasetProgress> _progress = [];
    private Guid _tenantId;
    private Guid _connectionId;
    private ConnectionRow? _connection;
    private IReadOnlyList<DatasetPull> _pulls = [];
    private ReportingTimeZone _zone = ReportingTimeZone.Utc;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (tenantId, rest) = GrainKeys.Split(this.GetPrimaryKeyString());
        (_tenantId, _connectionId) = (tenantId, Guid.ParseExact(rest, "N"));
        _zone = ReportingTimeZone.FromIana(await tenants.GetTimeZoneAsync(_tenantId, cancellationToken));
        _connection = await connections.FindAsync(_tenantId, _connectionId, cancellationToken);
        if (_connection is not null)
        {
            await LoadProgressAsync(cancellationToken);
            if (_connection.Status == ConnectionStatus.Connected)
            {
                StartPulling();
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => StopPullingAsync();

    public async Task<ConnectResult> ConnectAmazonAsync(AmazonConnectionRequest request, string actor)
    {
        var region = Enum.Parse<AmazonRegion>(request.Region, ignoreCase: true);
        var requested = (request.MarketplaceIds is { Count: > 0 } ids ? ids : [request.MarketplaceId]).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var credentials = new AmazonSellerCredentials(
            request.LwaClientId.Trim(), request.LwaClientSecret.Trim(), request.RefreshToken.Trim(), request.SellerId.Trim(), requested[0], region);
        if (!MarketplaceAccountIds.IsAmazonSellerId(credentials.SellerId) || !AllCredentials(credentials.LwaClientId, credentials.LwaClientSecret, credentials.RefreshToken))
        {
            return new ConnectResult(ConnectOutcome.InvalidCredentials, null);
        }

        var checkedAccount = await check.CheckAmazonAsync(credentials);
        var participating = checkedAccount.ParticipatingMarketplaceIds;
        if (participating.Count > 0 && requested.Where(id => !participating.Contains(id, StringComparer.Ordinal)).ToList() is { Count: > 0 } refused)
        {
            return new ConnectResult(ConnectOutcome.NotParticipating, null, refused);
        }

        var outcome = Outcome(checkedAccount.Outcome);
        _accountConfirmed = outcome == ConnectOutcome.Connected;
        if (outcome != ConnectOutcome.Connected)
        {
            return new ConnectResult(outcome, null);
        }

        // Connecting again with one marketplace (or by the website authorization) renews the credentials and keeps what the
        // seller tracks, here and in any other connection of the account in this region, which this one absorbs.
        var siblings = await SiblingsAsync(credentials.SellerId, region);
        var tracked = TrackedOrder(request.MarketplaceIds is { Count: > 0 }
            ? requested
            : [.. _connection?.MarketplaceIds ?? [], .. siblings.SelectMany(c => c.MarketplaceIds), .. requested]);
        var result = await StoreAsync(
            MarketplaceNames.Amazon, tracked, AvailableIn(region, participating), credentials.SellerId, region.ToString(),
            vault.Seal(credentials with { MarketplaceId = tracked[0] }), actor);
        foreach (var sibling in siblings)
        {
            await GrainFactory.GetConnectionGrain(_tenantId, sibling.Id).DisconnectAsync(actor);
        }

        return result;
    }

    public async Task<ConnectResult> ConnectWalmartAsync(WalmartConnectionRequest request, string actor)
    {
        var credentials = new WalmartSellerCredentials(request.ClientId.Trim(), request.ClientSecret.Trim());
        if (!AllCredentials(credentials.ClientId, credentials.ClientSecret))
        {
            return new ConnectResult(ConnectOutcome.InvalidCredentials, null);
        }

        var outcome = Outcome(await check.CheckAsync(credentials));
        var account = "…" + credentials.ClientId[^Math.Min(4, credentials.ClientId.Length)..];
        return outcome != ConnectOutcome.Connected
            ? new ConnectResult(outcome, null)
            : await StoreAsync(MarketplaceNames.Walmart, [WalmartMarketplaces.UnitedStates.Id], [WalmartMarketplaces.UnitedStates.Id], account, null, vault.Seal(credentials), actor);
    }

    public async Task<bool> DisconnectAsync(string actor)
    {
        if (_connection is null)
        {
            return false;
        }

        await StopPullingAsync();
        await UnregisterRemindersAsync();
        await connections.DeleteAsync(_tenantId, _connectionId, actor, time.GetUtcNow());
        _connection = null;
        _progress.Clear();
        LogDisconnected(_tenantId, _connectionId);
        DeactivateOnIdle();
        return true;
    }

    public Task<ConnectionSnapshot?> SyncNowAsync()
    {
        if (_connection is not { Status: ConnectionStatus.Connected })
        {
            return Task.FromResult(Snapshot());
        }

        _forced.UnionWith(SyncPlanner.Targets(_pulls, _connection.MarketplaceIds).Select(t => t.Key));
        StartPulling();
        return Task.FromResult(Snapshot());
    }

    public Task<ConnectionSnapshot?> GetStatusAsync() => Task.FromResult(Snapshot());

    public Task UseTimeZoneAsync(string ianaId)
    {
        _zone = ReportingTimeZone.FromIana(ianaId);
        return Task.CompletedTask;
    }

    public async Task<bool> RotateSealedCredentialsAsync()
    {
        if (_connection is null)
        {
            return false;
        }

        _connection = _connection with { SealedCredentials = vault.Reseal(_connection.SealedCredentials) };
        await connections.ReplaceSealedAsync(_tenantId, _connectionId, _connection.SealedCredentials);
        return true;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (_connection is { Status: ConnectionStatus.Connected })
        {
            StartPulling();
        }
        else if (_connection is null)
        {
            // A connection deleted, or absorbed into its account's regional one, leaves nothing to pull: its reminders go.
            await UnregisterRemindersAsync();
            DeactivateOnIdle();
        }
    }

    private async Task<ConnectResult> StoreAsync(
        string marketplace, IReadOnlyList<string> marketplaceIds, IReadOnlyList<string> available, string account, string? region, string sealedCredentials, string actor)
    {
        var now = time.GetUtcNow();
        await StopPullingAsync();
        await ForgetAccountWideProgressAsync(marketplaceIds);
        _connection = new ConnectionRow(
            _connectionId, marketplace, marketplaceIds[0], account, region, sealedCredentials, ConnectionStatus.Connected, _connection?.ConnectedAt ?? now, now,
            marketplaceIds, available);
        await connections.SaveAsync(_tenantId, _connection, actor, now);
        await LoadProgressAsync(CancellationToken.None);
        foreach (var pull in _pulls)
        {
            await this.RegisterOrUpdateReminder(ReminderPrefix + pull.Name, pull.Period(options.Value), pull.Period(options.Value));
        }

        LogConnected(_tenantId, _connectionId, marketplace);
        StartPulling();
        return new ConnectResult(ConnectOutcome.Connected, Snapshot());
    }

    private static ConnectOutcome Outcome(CredentialCheckOutcome check) => check switch
    {
        CredentialCheckOutcome.Accepted => ConnectOutcome.Connected,
        CredentialCheckOutcome.Refused => ConnectOutcome.InvalidCredentials,
        CredentialCheckOutcome.WrongAccount => ConnectOutcome.AccountMismatch,
        _ => ConnectOutcome.Unavailable,
    };

    private static bool AllCredentials(params string[] values) => values.All(MarketplaceAccountIds.IsCredential);

    private async Task LoadProgressAsync(CancellationToken cancellationToken)
    {
        _pulls = DatasetPulls.For(_connection!.Marketplace);
        _progress.Clear();
        foreach (var row in await syncState.ListAsync(_tenantId, _connectionId, cancellationToken))
        {
            _progress[new DatasetKey(row.Dataset, row.MarketplaceId)] = row;
        }

        _resumed = _progress.Values.Any(p => p.State == DatasetStates.Running);
    }

    private async Task UnregisterRemindersAsync()
    {
        foreach (var reminder in await this.GetReminders())
        {
            await this.UnregisterReminder(reminder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} connected {Marketplace} as connection {ConnectionId}")]
    private partial void LogConnected(Guid tenantId, Guid connectionId, string marketplace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} disconnected connection {ConnectionId}")]
    private partial void LogDisconnected(Guid tenantId, Guid connectionId);
}
