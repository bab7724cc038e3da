using System.Reflection;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The common words of a general Arabic dictionary (data/rules/dictionary-words.txt, from Ayaspell): what
/// the tagger's own lexicon lacks, a hundred thousand ordinary words that are not names, so that a rare
/// noun or verb the training text never showed is not read as a name by its context alone
/// (<see cref="FeatureGroups.Dictionary"/>), and the verb stem after a future prefix (<c>Tense.IsFutureVerb</c>).
/// Loaded on first use.
/// </summary>
/// <remarks>
/// Held as a table of 64-bit hashes of the normalised words (open addressing), not as strings: a set of a
/// hundred thousand strings cost the pipeline a quarter of a second and 24 MB to load; the table is one
/// array, filled from one read of the file. Two words sharing a 64-bit hash are not expected in a list this
/// size, and the hash is fixed (FNV-1a), so a lookup gives the same answer in every run.
/// </remarks>
internal static class DictionaryWords
{
    private const string Resource = "Marsad.data.rules.dictionary-words.txt";

    /// <summary>Not in the dictionary.</summary>
    public const int None = 0;

    /// <summary>A dictionary word the lexicon does not know as a name: evidence against a name.</summary>
    public const int Ordinary = 1;

    /// <summary>A dictionary word the lexicon also knows as a name (a given name, a knowledge-base name's first word, a nationality).</summary>
    public const int AlsoName = 2;

    // The lexicon facts that make a dictionary word a known name too.
    private const int NameBits = LexiconFacts.GivenName | LexiconFacts.NameStart | LexiconFacts.Nationality;

    // Longer lines are not words of the list (its longest is under 20 letters).
    private const int MaxWord = 48;

    private static readonly Lazy<ulong[]> Table = new(Load);

    /// <summary>How the dictionary reads a normalised word, any clitic reading of it, given its lexicon facts (<see cref="LexiconFacts"/> bits).</summary>
    public static int Of(ReadOnlySpan<char> word, int lexiconBits)
    {
        var table = Table.Value;
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (Contains(table, reading.Stem(word)))
            {
                return (lexiconBits & NameBits) != 0 ? AlsoName : Ordinary;
            }
        }

        return None;
    }

    /// <summary>Whether the normalised word itself, as written, is a dictionary word (no clitic is taken off).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Contains(Table.Value, word);

    private static bool Contains(ulong[] table, ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = table.Length - 1;
        for (var slot = (int)(hash & (uint)mask); table[slot] != 0; slot = (slot + 1) & mask)
        {
            if (table[slot] == hash)
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // Zero marks an empty slot.
        return hash == 0 ? 1 : hash;
    }

    private static ulong[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"resource {Resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var lines = text.AsSpan().Count('\n') + 1;

        // At most half full, so a missing word's probe ends soon.
        var table = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(lines * 2))];
        var mask = table.Length - 1;
        var room = MaxWord * ArabicNormalizer.MaxExpansion;
        Span<char> normalized = stackalloc char[room];
        Span<int> map = stackalloc int[room];
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty || line[0] == '#' || line.Length > MaxWord)
            {
                continue;
            }

            var hash = Hash(normalized[..ArabicNormalizer.Normalize(line, normalized, map)]);
            var slot = (int)(hash & (uint)mask);
            while (table[slot] != 0 && table[slot] != hash)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = hash;
        }

        return table;
    }
}
