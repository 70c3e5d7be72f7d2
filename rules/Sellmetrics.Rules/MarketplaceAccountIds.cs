using System.Text.RegularExpressions;

namespace Sellmetrics.Rules;

/// <summary>
/// The shapes of what a seller types in or a marketplace callback carries, checked before any of it becomes a key, a
/// request or a log line: an Amazon seller id (the merchant token Seller Central shows) is "A" and 9 to 19 uppercase
/// letters or digits; every credential (Walmart or LWA client id, secrets, refresh tokens) is visible ASCII.
/// </summary>
public static partial class MarketplaceAccountIds
{
    public const string AmazonSellerIdRule =
        "An Amazon seller id is 'A' followed by 9 to 19 uppercase letters or digits (Seller Central: Settings, Account Info, Merchant Token).";

    public const string CredentialRule = "Letters, digits and punctuation only: no spaces or control characters.";

    public static bool IsAmazonSellerId(string? value) => value is not null && AmazonSellerId().IsMatch(value);

    public static bool IsCredential(string? value) => !string.IsNullOrEmpty(value) && value.All(c => c is > ' ' and < '\x7f');

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex(@"\AA[0-9A-Z]{9,19}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AmazonSellerId();
}
