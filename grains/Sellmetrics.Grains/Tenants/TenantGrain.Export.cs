using System.Runtime.CompilerServices;
using System.Text;
using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    private const int ExportPartLength = 32 * 1024;

    public async IAsyncEnumerable<ExportPart> ExportAsync(string actor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await AuditAsync(actor, "account.exported");
        await using var session = await tenantDatabase.OpenAsync(TenantId, cancellationToken);
        var buffer = new char[ExportPartLength];
        var safe = new StringBuilder(ExportPartLength * 2);
        foreach (var (file, query) in await TenantExportFiles.ListAsync(session, cancellationToken))
        {
            var cells = new SpreadsheetSafeCsv();
            await using var csv = await session.ReadCsvAsync(query, cancellationToken);
            int read;
            while ((read = await csv.ReadAsync(buffer, cancellationToken)) > 0)
            {
                cells.Write(buffer.AsSpan(0, read), safe);
                if (safe.Length > 0)
                {
                    yield return new ExportPart(file, safe.ToString());
                    safe.Clear();
                }
            }

            cells.Complete(safe);
            if (safe.Length > 0)
            {
                yield return new ExportPart(file, safe.ToString());
                safe.Clear();
            }
        }
    }
}
