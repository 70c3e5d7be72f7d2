using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Listings;

namespace Sellmetrics.Sandbox.Tests.Listings;

/// <summary>The control API's listing routes and the Listings Items calls the listing tests make.</summary>
public static class ListingCalls
{
    public const string Us = "ATVPDKIKX0DER";
    public const string AllData = "summaries,attributes,issues,offers,fulfillmentAvailability";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<List<ListingSnapshotResponse>> TruthAsync(SandboxApp sandbox, string sellerId, DateTimeOffset? at = null) =>
        (await sandbox.Http.GetFromJsonAsync<List<ListingSnapshotResponse>>(
            $"/sandbox/control/sellers/{sellerId}/listings" + (at is { } instant ? "?at=" + Uri.EscapeDataString(instant.ToString("O")) : string.Empty),
            JsonSerializerOptions.Web, Cancel))!;

    public static async Task<List<ListingChangeResponse>> ChangesAsync(SandboxApp sandbox, string sellerId, DateTimeOffset from, DateTimeOffset to) =>
        (await sandbox.Http.GetFromJsonAsync<List<ListingChangeResponse>>(
            $"/sandbox/control/sellers/{sellerId}/listings/changes?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}",
            JsonSerializerOptions.Web, Cancel))!;

    public static Task<HttpResponseMessage> ChangeAsync(SandboxApp sandbox, string sellerId, string sku, object change) =>
        sandbox.Http.PostAsJsonAsync($"/sandbox/control/sellers/{sellerId}/listings/{Uri.EscapeDataString(sku)}/changes", change, Cancel);

    public static async Task<JsonElement> ItemAsync(SandboxApp sandbox, string token, string sellerId, string sku) =>
        JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{sellerId}/{Uri.EscapeDataString(sku)}?marketplaceIds={Us}&includedData={AllData}")).RootElement;
}
