using System.Net;

namespace Sellmetrics.Marketplaces;

/// <summary>
/// A marketplace call failed after the retries it deserved (or was not worth retrying). Carries the operation,
/// the HTTP status and the marketplace's error code, never a credential.
/// </summary>
public sealed class MarketplaceApiException(string marketplace, string operation, HttpStatusCode? statusCode, string? errorCode, Exception? innerException)
    : Exception(
        $"{marketplace} {operation} failed{(statusCode is { } s ? $" with {(int)s}" : string.Empty)}{(errorCode is null ? string.Empty : $" ({errorCode})")}.",
        innerException)
{
    /// <summary>The <see cref="ErrorCode"/> of a successful answer whose body could not be read.</summary>
    public const string MalformedBody = "MalformedBody";

    public string Marketplace { get; } = marketplace;

    public string Operation { get; } = operation;

    /// <summary>The last HTTP status, or null when no response came (timeout, open circuit, connection failure).</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    public string? ErrorCode { get; } = errorCode;

    /// <summary>True when the marketplace was still throttling after every retry.</summary>
    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    public bool IsMalformedBody => ErrorCode == MalformedBody;
}
