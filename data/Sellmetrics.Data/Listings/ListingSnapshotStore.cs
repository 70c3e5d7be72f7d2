using Npgsql;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Listings.Snapshots;

namespace Sellmetrics.Data.Listings;

/// <summary>
/// A tenant's listing snapshots and the changes between them. Recording a snapshot keeps it as its listing's latest and
/// stores each attribute that differs from the previous one as one change event, in one transaction.
/// </summary>
public sealed class ListingSnapshotStore(TenantDatabase tenants)
{
    private const string Columns =
        "marketplace, sku, asin, title, bullet_points, main_image, other_images, price, currency, availability, issues, buy_box_winner, taken_at";

    /// <summary>Stores the snapshots and returns the changes they bring, none for a listing's first or a repeated snapshot.</summary>
    public async Task<IReadOnlyList<ListingChange>> RecordAsync(Guid tenantId, IReadOnlyList<ListingSnapshot> taken, CancellationToken cancellationToken = default)
    {
        // A listing read twice in one sweep counts once, as its later reading.
        var snapshots = taken.GroupBy(s => (s.Marketplace, s.Sku)).Select(g => g.Last()).ToList();
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var previous = (await ReadAsync(
            session,
            $"""
            SELECT {Columns} FROM listing_snapshots
            WHERE (marketplace, sku) IN (SELECT * FROM unnest(@marketplaces::text[], @skus::text[]))
            FOR UPDATE
            """,
            parameters =>
            {
                parameters.AddWithValue("marketplaces", snapshots.Select(s => s.Marketplace).ToArray());
                parameters.AddWithValue("skus", snapshots.Select(s => s.Sku).ToArray());
            },
            cancellationToken)).ToDictionary(s => (s.Marketplace, s.Sku));
        var changes = snapshots.SelectMany(s => ListingDiff.Between(previous.GetValueOrDefault((s.Marketplace, s.Sku)), s)).ToList();
        await using var batch = session.CreateBatch();
        batch.BatchCommands.Add(Insert(changes));
        foreach (var snapshot in snapshots)
        {
            batch.BatchCommands.Add(Upsert(snapshot));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        return changes;
    }

    public async Task<IReadOnlyList<ListingSnapshot>> ListSnapshotsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ReadAsync(session, $"SELECT {Columns} FROM listing_snapshots ORDER BY marketplace, sku", _ => { }, cancellationToken);
    }

    /// <summary>The changes detected from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first, of one SKU or all.</summary>
    public async Task<IReadOnlyList<ListingChange>> ListChangesAsync(
        Guid tenantId, DateTimeOffset from, DateTimeOffset to, string? sku, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("""
            SELECT marketplace, sku, asin, attribute, before, after, detected_at FROM listing_changes
            WHERE detected_at >= @from AND detected_at < @to AND (@sku::text IS NULL OR sku = @sku)
            ORDER BY detected_at, id
            """);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("sku", NpgsqlTypes.NpgsqlDbType.Text, (object?)sku ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<ListingChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new ListingChange(
                reader.GetString(0), reader.GetString(1), Text(reader, 2), Enum.Parse<ListingAttribute>(reader.GetString(3)),
                Text(reader, 4), Text(reader, 5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return changes;
    }

    private static async Task<IReadOnlyList<ListingSnapshot>> ReadAsync(
        TenantSession session, string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken)
    {
        await using var command = session.CreateCommand(sql);
        parameters(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var snapshots = new List<ListingSnapshot>();
        while (await reader.ReadAsync(cancellationToken))
        {
            snapshots.Add(new ListingSnapshot(
                reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), reader.GetFieldValue<string[]>(4),
                Text(reader, 5), reader.GetFieldValue<string[]>(6), reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                Text(reader, 8)?.Trim(), Text(reader, 9), reader.GetFieldValue<string[]>(10), Text(reader, 11),
                reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return snapshots;
    }

    private static NpgsqlBatchCommand Insert(IReadOnlyList<ListingChange> changes)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO listing_changes (marketplace, sku, asin, attribute, before, after, detected_at)
            SELECT * FROM unnest(@marketplaces::text[], @skus::text[], @asins::text[], @attributes::text[], @befores::text[], @afters::text[], @at::timestamptz[])
            ON CONFLICT (marketplace, sku, attribute, detected_at) DO NOTHING
            """);
        command.Parameters.AddWithValue("marketplaces", changes.Select(c => c.Marketplace).ToArray());
        command.Parameters.AddWithValue("skus", changes.Select(c => c.Sku).ToArray());
        command.Parameters.AddWithValue("asins", changes.Select(c => c.Asin).ToArray());
        command.Parameters.AddWithValue("attributes", changes.Select(c => c.Attribute.ToString()).ToArray());
        command.Parameters.AddWithValue("befores", changes.Select(c => c.Before).ToArray());
        command.Parameters.AddWithValue("afters", changes.Select(c => c.After).ToArray());
        command.Parameters.AddWithValue("at", changes.Select(c => c.DetectedAt).ToArray());
        return command;
    }

    private static NpgsqlBatchCommand Upsert(ListingSnapshot s)
    {
        var command = new NpgsqlBatchCommand($"""
            INSERT INTO listing_snapshots ({Columns})
            VALUES (@marketplace, @sku, @asin, @title, @bullets, @main, @others, @price, @currency, @availability, @issues, @winner, @at)
            ON CONFLICT (marketplace, sku) DO UPDATE SET
                asin = excluded.asin, title = excluded.title, bullet_points = excluded.bullet_points, main_image = excluded.main_image,
                other_images = excluded.other_images, price = excluded.price, currency = excluded.currency,
                availability = excluded.availability, issues = excluded.issues, buy_box_winner = excluded.buy_box_winner,
                taken_at = excluded.taken_at
            """);
        command.Parameters.AddWithValue("marketplace", s.Marketplace);
        command.Parameters.AddWithValue("sku", s.Sku);
        command.Parameters.AddWithValue("asin", (object?)s.Asin ?? DBNull.Value);
        command.Parameters.AddWithValue("title", (object?)s.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("bullets", s.BulletPoints.ToArray());
        command.Parameters.AddWithValue("main", (object?)s.MainImage ?? DBNull.Value);
        command.Parameters.AddWithValue("others", s.OtherImages.ToArray());
        command.Parameters.AddWithValue("price", (object?)s.Price ?? DBNull.Value);
        command.Parameters.AddWithValue("currency", (object?)s.Currency ?? DBNull.Value);
        command.Parameters.AddWithValue("availability", (object?)s.Availability ?? DBNull.Value);
        command.Parameters.AddWithValue("issues", s.Issues.ToArray());
        command.Parameters.AddWithValue("winner", (object?)s.BuyBoxWinner ?? DBNull.Value);
        command.Parameters.AddWithValue("at", s.TakenAt);
        return command;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
