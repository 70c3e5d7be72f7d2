using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Account;

/// <summary>
/// <c>GET /api/account/export</c>: the seller's data as one ZIP: <c>account.json</c> and one CSV per table of the tenant
/// (facts, costs, connections without their credentials, the audit log). The archive is built in an owner-only temporary
/// file that is deleted when sent (a ZIP entry finishes with synchronous writes, which the response stream refuses).
/// </summary>
internal static class AccountExport
{
    public static async Task WriteAsync([AsParameters] SellerRequest seller)
    {
        var http = seller.Http;
        var time = http.RequestServices.GetRequiredKeyedService<TimeProvider>(Clock.Key);
        var account = await seller.User.GetAccountAsync();
        await using var file = OwnerOnlyTemporaryFile();
        await using (var zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, http.RequestAborted))
        {
            await WriteFilesAsync(zip, seller, account, time);
        }

        file.Position = 0;
        http.Response.ContentType = "application/zip";
        http.Response.ContentLength = file.Length;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"sellmetrics-export-{time.GetUtcNow():yyyy-MM-dd}.zip\"";
        await file.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task WriteFilesAsync(ZipArchive zip, SellerRequest seller, AccountSnapshot? account, TimeProvider time)
    {
        await WriteEntryAsync(zip, "account.json", JsonSerializer.Serialize(Describe(account, time), JsonSerializerOptions.Web), seller.Aborted);

        Stream? entry = null;
        string? file = null;
        var parts = seller.Tenant<ITenantLifecycle>().ExportAsync(seller.Actor, seller.Aborted);
        await foreach (var part in parts.WithCancellation(seller.Aborted))
        {
            if (part.File != file)
            {
                await (entry?.DisposeAsync() ?? ValueTask.CompletedTask);
                entry = await zip.CreateEntry(part.File, CompressionLevel.Optimal).OpenAsync(seller.Aborted);
                file = part.File;
            }

            await entry!.WriteAsync(Encoding.UTF8.GetBytes(part.Text), seller.Aborted);
        }

        await (entry?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    private static FileStream OwnerOnlyTemporaryFile()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), $"sellmetrics-export-{Guid.NewGuid():N}.zip"), options);
    }

    private static object Describe(AccountSnapshot? account, TimeProvider time) => new
    {
        exportedAt = time.GetUtcNow(),
        email = account?.Email,
        displayName = account?.DisplayName,
        createdAt = account?.CreatedAt,
        mfaEnabled = account?.MfaEnabled,
    };

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string text, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken);
        await entry.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }
}
