using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// How names become keys: normalised (<see cref="ArabicNormalizer"/>), split into tokens, and the first
/// token read without its article, so المغرب، مغرب and والمغرب (through its clitic readings) meet on one key.
/// Both the knowledge base and the text go through this one function, so they always agree.
/// </summary>
internal static class NameKey
{
    /// <summary>The first token of a name without a leading article, if at least two letters remain.</summary>
    public static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> word) =>
        word.Length >= 4 && word[0] == 'ا' && word[1] == 'ل' ? word[2..] : word;

    /// <summary>The key of a name written in the knowledge base: its normalised tokens, the first canonical.</summary>
    public static string[] Of(string name)
    {
        var normalized = NormalizedText.Create(name);
        var tokens = Tokenizer.Tokenize(normalized);
        var key = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].NormalizedIn(normalized);
            key[i] = (i == 0 ? Canonical(token) : token).ToString();
        }

        return key;
    }
}
