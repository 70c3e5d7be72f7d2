namespace Sellmetrics.Security.Tests.Fernet;

public static class TokenText
{
    public static byte[] Decode(string token) => Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/'));

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');

    public static ulong Timestamp(string token) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(Decode(token).AsSpan(1, 8));

    public static byte[] Iv(string token) => Decode(token)[9..25];
}
