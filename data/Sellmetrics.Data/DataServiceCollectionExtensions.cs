using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Data.Alerts;
using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Costs;
using Sellmetrics.Data.Facts;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Listings;
using Sellmetrics.Data.Mail;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Data.Webhooks;

namespace Sellmetrics.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the repositories and tenant services over the silo's one data source.</summary>
    public static IServiceCollection AddSellmetricsData(this IServiceCollection services) => services
        .AddSingleton<MigrationRunner>()
        .AddSingleton<UserStore>()
        .AddSingleton<EmailVerificationStore>()
        .AddSingleton<AdminRoles>()
        .AddSingleton<MailOutbox>()
        .AddSingleton<SessionStore>()
        .AddSingleton<AuditLog>()
        .AddSingleton<TenantStore>()
        .AddSingleton<TenantProvisioner>()
        .AddSingleton<TenantRemoval>()
        .AddSingleton<TenantDatabase>()
        .AddSingleton<RecurringCostStore>()
        .AddSingleton<CogsStore>()
        .AddSingleton<ConnectionStore>()
        .AddSingleton<DatasetProgressStore>()
        .AddSingleton<FactStore>()
        .AddSingleton<FactReader>()
        .AddSingleton<ListingSnapshotStore>()
        .AddSingleton<AlertRuleStore>()
        .AddSingleton<AlertStore>()
        .AddSingleton<AlertWebhookStore>()
        .AddSingleton<WebhookOutbox>();
}
