using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Accounts;

// The account's live sessions, held in memory by its one activation so the check on every request costs no query;
// each change is written to identity.sessions first, so a new activation on any silo starts from the same truth.
public sealed partial class UserGrain
{
    private readonly Dictionary<Guid, DateTimeOffset> _sessions = [];

    public async Task<Guid> OpenSessionAsync(TimeSpan lifetime)
    {
        var user = _user ?? throw new InvalidOperationException("The account no longer exists.");
        var now = time.GetUtcNow();
        foreach (var expired in _sessions.Where(s => s.Value <= now).Select(s => s.Key).ToList())
        {
            _sessions.Remove(expired);
        }

        var session = new SessionRecord(Guid.NewGuid(), user.Id, now, now + lifetime);
        await sessionStore.CreateAsync(session, now);
        _sessions[session.Id] = session.ExpiresAt;
        return session.Id;
    }

    public Task<SessionSnapshot?> GetSessionAsync(Guid sessionId)
    {
        var live = _user is not null && _sessions.TryGetValue(sessionId, out var expiresAt) && time.GetUtcNow() < expiresAt;
        return Task.FromResult(live ? sessions.SessionOf(_user!) : null);
    }

    public async Task EndSessionAsync(Guid sessionId)
    {
        if (_user is not null && _sessions.ContainsKey(sessionId))
        {
            await sessionStore.RevokeAsync(_user.Id, [sessionId], time.GetUtcNow());
            _sessions.Remove(sessionId);
        }
    }

    public async Task<int> EndSessionsAsync(Guid? except)
    {
        var ending = _sessions.Keys.Where(id => id != except).ToList();
        if (_user is null || ending.Count == 0)
        {
            return 0;
        }

        await sessionStore.RevokeAsync(_user.Id, ending, time.GetUtcNow());
        foreach (var id in ending)
        {
            _sessions.Remove(id);
        }

        return ending.Count;
    }

    private async Task LoadSessionsAsync(CancellationToken cancellationToken)
    {
        _sessions.Clear();
        if (_user is not null)
        {
            foreach (var session in await sessionStore.ListLiveAsync(_user.Id, time.GetUtcNow(), cancellationToken))
            {
                _sessions[session.Id] = session.ExpiresAt;
            }
        }
    }

    private Task AuditAsync(string action) => audit.WriteAsync(_user!.TenantId, GrainKeys.Of(_user.Id), action, time.GetUtcNow());
}
