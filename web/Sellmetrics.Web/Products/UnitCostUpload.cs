using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sellmetrics.Web.Products;

/// <summary>
/// Reads an uploaded unit-cost CSV (the first file of a multipart form, or the raw body) into memory, never more than
/// <see cref="MaxBytes"/>: a larger body, announced or chunked, is a 413; a body that is not a readable form (a multipart
/// body cut short ends in an <see cref="IOException"/>) is a 400.
/// </summary>
internal static class UnitCostUpload
{
    public const int MaxBytes = 4 * 1024 * 1024;

    public static async Task<(MemoryStream? Csv, ProblemHttpResult? Refusal)> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength is > MaxBytes)
        {
            return (null, TooLarge());
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted)).Files.FirstOrDefault() : null;
            // The CSV reader reads synchronously, which Kestrel refuses on a request body: read it (at most the limit) first.
            var buffer = new MemoryStream();
            if (!await CopyAtMostAsync(file?.OpenReadStream() ?? http.Request.Body, buffer, http.RequestAborted))
            {
                return (null, TooLarge());
            }

            buffer.Position = 0;
            return (buffer, null);
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (Exception unreadable) when (unreadable is BadHttpRequestException or InvalidDataException or IOException)
        {
            return (null, TypedResults.Problem(title: "The upload is not a readable form or file.", statusCode: StatusCodes.Status400BadRequest));
        }
    }

    private static async Task<bool> CopyAtMostAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > MaxBytes)
            {
                return false;
            }

            target.Write(chunk, 0, read);
        }

        return true;
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(title: $"The file is larger than {MaxBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
