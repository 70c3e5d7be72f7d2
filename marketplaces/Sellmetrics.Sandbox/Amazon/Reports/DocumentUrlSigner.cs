using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>Pre-signs report document URLs like S3 does: the URL names seller, document and expiry, and carries an HMAC over them.</summary>
internal sealed class DocumentUrlSigner(SandboxClock clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Sign(string baseUrl, string sellerId, string documentId)
    {
        var expires = (clock.UtcNow + Lifetime).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return $"{baseUrl}/sandbox/amazon-documents/{Uri.EscapeDataString(documentId)}?seller={Uri.EscapeDataString(sellerId)}" +
            $"&X-Amz-Expires={expires}&X-Amz-Signature={Signature(sellerId, documentId, expires)}";
    }

    public bool IsGenuine(string sellerId, string documentId, string expires, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(sellerId, documentId, expires)), Encoding.ASCII.GetBytes(signature));

    public bool IsExpired(string expires) =>
        !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var at) || clock.UtcNow.ToUnixTimeMilliseconds() > at;

    private string Signature(string sellerId, string documentId, string expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{sellerId}|{documentId}|{expires}")));
}
