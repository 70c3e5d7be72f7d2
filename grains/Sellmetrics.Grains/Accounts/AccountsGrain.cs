using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Rules;
using Sellmetrics.Security.Passwords;

namespace Sellmetrics.Grains.Accounts;

[StatelessWorker]
public sealed partial class AccountsGrain(
    UserStore users,
    PasswordHasher hasher,
    Sessions sessions,
    EmailLinks emailLinks,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ILogger<AccountsGrain> logger) : Grain, IAccountsGrain
{
    public async Task<RegistrationResult> RegisterAsync(Registration registration)
    {
        if (AccountRules.Validate(registration.Email, registration.DisplayName, registration.Password, registration.ConfirmAdult).Count > 0)
        {
            return new RegistrationResult(RegistrationOutcome.Invalid, null);
        }

        var now = time.GetUtcNow();
        var passwordHash = await Task.Run(() => hasher.Hash(registration.Password));
        var schema = new TenantSchema(Guid.NewGuid());
        var tenant = new TenantRecord(schema.TenantId, schema.SchemaName, schema.RoleName, TenantStatus.Active, now, null);
        var owner = new UserRecord(
            Guid.NewGuid(), tenant.Id, registration.Email.Trim(), registration.DisplayName.Trim(), passwordHash, "seller",
            null, null, null, [], now, now, null);

        if (!await users.CreateTenantWithOwnerAsync(tenant, owner))
        {
            return new RegistrationResult(RegistrationOutcome.EmailTaken, null);
        }

        await GrainFactory.GetTenant<ITenantLifecycle>(tenant.Id).ProvisionAsync();
        await GrainFactory.GetUserGrain(owner.Id).SendEmailLinkAsync();
        LogRegistered(owner.Id, tenant.Id);
        return new RegistrationResult(RegistrationOutcome.Created, sessions.SessionOf(owner));
    }

    public async Task<SignInResult> SignInAsync(SignInAttempt attempt)
    {
        var user = await users.FindByEmailAsync(attempt.Email.Trim());
        if (user is null)
        {
            // The same work as a real check, so an unknown email cannot be told apart by timing.
            await Task.Run(() => hasher.Verify(null, attempt.Password));
            return new SignInResult(SignInOutcome.Failed, null);
        }

        return await GrainFactory.GetUserGrain(user.Id).SignInAsync(attempt);
    }

    public async Task<EmailVerification> VerifyEmailAsync(string token) =>
        EmailTokens.LooksValid(token) && await emailLinks.FindUserAsync(token) is { } userId
            ? await GrainFactory.GetUserGrain(userId).VerifyEmailAsync(token)
            : EmailVerification.Invalid;

    public async Task<Guid?> FindUserIdAsync(string email) =>
        AccountRules.EmailError(email) is null ? (await users.FindByEmailAsync(email.Trim()))?.Id : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed up with tenant {TenantId}")]
    private partial void LogRegistered(Guid userId, Guid tenantId);
}
