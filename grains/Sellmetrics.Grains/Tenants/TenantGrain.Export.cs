using System.Runtime.CompilerServices;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    private const int ExportPartLength = 32 * 1024;

    public async IAsyncEnumerable<ExportPart> ExportAsync(string actor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await AuditAsync(actor, "account.exported");
        await using var session = await tenantDatabase.OpenAsync(TenantId, cancellationToken);
        var buffer = new char[ExportPartLength];
        foreach (var (file, query) in TenantExportFiles.All)
        {
            await using var csv = await session.ReadCsvAsync(query, cancellationToken);
            int read;
            while ((read = await csv.ReadAsync(buffer, cancellationToken)) > 0)
            {
                yield return new ExportPart(file, new string(buffer, 0, read));
            }
        }
    }
}
