using System.Globalization;
using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Scripting;

/// <summary>Identifiers a script leaves out (order item ids, adjustment ids, FNSKUs), derived from what it does say, so they are stable.</summary>
internal static class ScriptIds
{
    public static string Digits(string key, int length) =>
        ((ulong)StableHash.Of(key) % (ulong)Math.Pow(10, Math.Min(length, 19))).ToString(new string('0', length), CultureInfo.InvariantCulture);
}
