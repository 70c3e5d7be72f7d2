using Microsoft.AspNetCore.Http;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Hosting;

/// <summary>The seller a request was authenticated as, set by the SP-API and Walmart gates.</summary>
internal static class SellerContext
{
    private static readonly object Key = new();

    public static void SetSeller(this HttpContext http, Seller seller) => http.Items[Key] = seller;

    public static Seller Seller(this HttpContext http) =>
        http.Items[Key] as Seller ?? throw new InvalidOperationException("The request passed no sandbox gate.");
}
