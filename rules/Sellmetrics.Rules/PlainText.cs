namespace Sellmetrics.Rules;

/// <summary>
/// What text the app stores: no control characters (PostgreSQL refuses NUL in text, and line breaks or escapes in a name
/// forge log lines and break exports). Every validator of a stored string asks this, so a NUL is a 400, never a 500.
/// </summary>
public static class PlainText
{
    public const string ControlCharacterError = "Must not contain control characters (such as NUL, tab or a line break) or broken Unicode.";

    /// <summary>True when <paramref name="text"/> holds a control character (C0, DEL or C1) or a lone UTF-16 surrogate.</summary>
    public static bool HasControlCharacters(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                return true;
            }

            if (char.IsSurrogate(text[i]))
            {
                if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }
}
