namespace Marsad.Pipeline;

/// <summary>
/// Names a text's language from its dominant script: Arabic letters give <c>ar</c>; a text of other
/// letters gives <c>und</c> (undetermined: Latin script alone does not tell English from French);
/// a text without letters gives null.
/// </summary>
public static class ScriptLanguage
{
    // The dominant script shows within the first characters; reading all of a 50 MB text would add nothing.
    private const int SampleLength = 64 * 1024;

    public static string? Detect(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        int arabic = 0, other = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC')
            {
                arabic++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        if (arabic == 0 && other == 0)
        {
            return null;
        }

        return arabic >= other ? "ar" : "und";
    }
}
