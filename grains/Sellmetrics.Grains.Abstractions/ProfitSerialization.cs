using Orleans.Serialization;

namespace Sellmetrics.Grains;

/// <summary>
/// The profit engine's records (facts, buckets, totals) are plain .NET records without Orleans attributes, so they
/// cross grain calls as JSON; every silo and client must register this.
/// </summary>
public static class ProfitSerialization
{
    public static ISerializerBuilder AddProfitTypes(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(isSupported: IsProfitType);

    private static bool IsProfitType(Type type) =>
        type.Namespace?.StartsWith("Sellmetrics.Profit", StringComparison.Ordinal) == true;
}
