namespace Sellmetrics.Sandbox.Scripting;

/// <summary>What is wrong with a script, by JSON path (<c>amazonOrders[0].items[1].sku</c>), in the shape of a validation problem.</summary>
internal sealed class ScriptErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Records <paramref name="message"/> under <paramref name="path"/> unless <paramref name="valid"/>; answers <paramref name="valid"/>.</summary>
    public bool Check(bool valid, string path, string message)
    {
        if (!valid)
        {
            if (!_errors.TryGetValue(path, out var messages))
            {
                _errors[path] = messages = [];
            }

            messages.Add(message);
        }

        return valid;
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
