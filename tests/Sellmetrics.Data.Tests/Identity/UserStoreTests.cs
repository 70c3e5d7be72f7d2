using Sellmetrics.Data.Identity;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Identity;

public sealed class UserStoreTests(TestPostgres postgres)
{
    [Fact]
    public async Task SavingAnOlderCopyOfAnAccountNeverWritesBackItsEmailOrRole()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var users = new UserStore(dataSource);
        var now = DateTimeOffset.UtcNow;
        var tenant = new TenantRecord(Guid.NewGuid(), $"tenant_{Guid.NewGuid():N}", $"tenant_{Guid.NewGuid():N}", TenantStatus.Active, now, null);
        var stale = new UserRecord(Guid.NewGuid(), tenant.Id, "old@shop.test", "Old", "hash", "seller", null, null, null, [], now, now, null);
        Assert.True(await users.CreateTenantWithOwnerAsync(tenant, stale, TestContext.Current.CancellationToken));
        // Verification and AdminRoles changed the row after the grain read it.
        await dataSource.ScalarAsync<int>(
            "UPDATE identity.users SET email = 'new@shop.test', role = 'admin' WHERE id = @id RETURNING 1", ("id", stale.Id));

        await users.SaveAsync(stale with { DisplayName = "Renamed" }, TestContext.Current.CancellationToken);

        var saved = await users.FindByIdAsync(stale.Id, TestContext.Current.CancellationToken);
        Assert.Equal(("new@shop.test", "admin", "Renamed"), (saved!.Email, saved.Role, saved.DisplayName));
    }
}
