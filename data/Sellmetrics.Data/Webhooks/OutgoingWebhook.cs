namespace Sellmetrics.Data.Webhooks;

/// <summary>A webhook post waiting in the outbox: the tenant whose secret signs it, where it goes, and the body.</summary>
public sealed record OutgoingWebhook(Guid TenantId, string Url, string Body)
{
    public override string ToString() => $"OutgoingWebhook({TenantId})";
}
