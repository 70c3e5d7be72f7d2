namespace Sellmetrics.Grains.Tenants;

/// <summary>A piece of one file of a tenant's data export; the pieces of a file arrive in order, one file after another.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.export-part")]
public sealed record ExportPart([property: Id(0)] string File, [property: Id(1)] string Text);
