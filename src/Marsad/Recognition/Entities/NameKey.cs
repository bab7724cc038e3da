using Marsad.Text;


namespace Marsad.Recognition.Entities;

/// <summary>
/// How names become keys: normalised (<see cref="ArabicNormalizer"/>) and split into tokens. The article
/// stays part of the key: الرقة is a city, ورقة is "a paper". A text word reaches a key through its
/// clitic readings (see <see cref="FirstWordKeys"/>).
/// </summary>
internal static class NameKey
{
    /// <summary>
    /// The keys a text word can stand for as the first word of a name, written into <paramref name="keys"/>:
    /// the word itself and the word without its proclitic conjunctions and prepositions (والمغرب، بالمغرب →
    /// المغرب; لسوريا → سوريا), and ال + stem where ل + ال elided the alef (للأمم → الأمم). A reading that
    /// strips the article is not a key (المالية is not مالي), nor one that strips the rare preposition ك
    /// before a bare name (كسرت is not سرت).
    /// </summary>
    /// <returns>How many readings were written; look each up with <see cref="TryFirst{T}"/>.</returns>
    public static int FirstWordKeys(ReadOnlySpan<char> word, Span<CliticReading> keys)
    {
        var count = 0;
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (IsFirstWordKey(word, reading))
            {
                keys[count++] = reading;
            }
        }

        return count;
    }

    /// <summary>Whether a clitic reading of <paramref name="word"/> is one of its <see cref="FirstWordKeys"/>.</summary>
    public static bool IsFirstWordKey(ReadOnlySpan<char> word, CliticReading reading)
    {
        var prefix = word[..reading.Stripped];
        if (reading.HasArticle && !prefix.EndsWith("لل", StringComparison.Ordinal))
        {
            return false;
        }

        return !prefix.Contains('ك') || reading.Stem(word).StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>Looks up one reading of a first word (from <see cref="FirstWordKeys"/>) in a trie's root.</summary>
    public static bool TryFirst<T>(TokenTrie<T>.Node root, ReadOnlySpan<char> word, CliticReading reading, out TokenTrie<T>.Node node)
    {
        var stem = reading.Stem(word);
        if (!reading.HasArticle)
        {
            return root.TryGetChild(stem, out node);
        }

        // ل + ال wrote لل: the key is the stem with its article restored.
        // On the stack for words, on the heap for a pathological token (a megabyte without spaces).
        Span<char> restored = stem.Length <= 128 ? stackalloc char[stem.Length + 2] : new char[stem.Length + 2];
        "ال".AsSpan().CopyTo(restored);
        stem.CopyTo(restored[2..]);
        return root.TryGetChild(restored, out node);
    }

    /// <summary>
    /// The keys of a name written in the knowledge base: its normalised tokens, and the same with every
    /// عبد + word written as one (عبد الله → عبدالله) or split (عبدالرحمن → عبد الرحمن), since news writes both.
    /// </summary>
    public static IEnumerable<string[]> Variants(string name)
    {
        var key = Of(name);
        yield return key;
        var joined = new List<string>(key.Length);
        var split = new List<string>(key.Length + 2);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == "عبد" && i + 1 < key.Length)
            {
                joined.Add("عبد" + key[++i]);
                split.Add("عبد");
                split.Add(key[i]);
            }
            else if (key[i].StartsWith("عبدال", StringComparison.Ordinal) && key[i].Length > 5)
            {
                joined.Add(key[i]);
                split.Add("عبد");
                split.Add(key[i][3..]);
            }
            else
            {
                joined.Add(key[i]);
                split.Add(key[i]);
            }
        }

        if (joined.Count != key.Length)
        {
            yield return [.. joined];
        }

        if (split.Count != key.Length)
        {
            yield return [.. split];
        }
    }

    /// <summary>The key of a name written in the knowledge base: its normalised tokens.</summary>
    public static string[] Of(string name)
    {
        var normalized = NormalizedText.Create(name);
        var tokens = Tokenizer.Tokenize(normalized);
        var key = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].NormalizedIn(normalized);
            key[i] = token.ToString();
        }

        return key;
    }
}
