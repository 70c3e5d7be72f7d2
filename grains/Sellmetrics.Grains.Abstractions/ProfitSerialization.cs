using Orleans.Serialization;

namespace Sellmetrics.Grains;

/// <summary>
/// The fact records and the profit engine's records (buckets, totals) are plain .NET records without Orleans
/// attributes, so they cross grain calls as JSON; every silo and client must register this.
/// </summary>
public static class ProfitSerialization
{
    public static ISerializerBuilder AddProfitTypes(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(isSupported: IsProfitType);

    private static bool IsProfitType(Type type) =>
        type.Namespace is { } name
        && (name.StartsWith("Sellmetrics.Profit", StringComparison.Ordinal) || name.StartsWith("Sellmetrics.Facts", StringComparison.Ordinal));
}
