using System.Collections.Frozen;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Rules;

/// <summary>
/// A typed word list read through proclitics, shared by the lexicons whose files have one normalised word and
/// one kind a row (data/rules/event-arguments.tsv, event-places.tsv): a word may be of several kinds, so the
/// kinds are the bits of a [Flags] enum, held here as <see cref="int"/> and cast back by the lexicon that owns
/// the enum. A word is of a kind as written (وفي is not في) or through any of its clitic readings (وفي → في).
/// A one-letter row is a proclitic itself (و) and is kept as written. Frozen and thread-safe.
/// </summary>
internal sealed class ProcliticWordKinds
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;

    // Asked first: most words end as no word of the list does, and none of their readings is looked up.
    private readonly WordEndings _endings;

    /// <param name="file">The file's name, for the message when a row is not one word.</param>
    /// <param name="rows">Rows of word and kind.</param>
    /// <param name="kindOf">The kind a row's second field names (its enum value as an int).</param>
    public ProcliticWordKinds(string file, IEnumerable<string[]> rows, Func<string, int> kindOf)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var kind = kindOf(row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal));
            var word = row[0].Trim();
            var key = word.Length == 1 ? [word] : NameKey.Of(word);
            if (key.Length != 1)
            {
                throw new InvalidOperationException($"{file}: '{row[0]}' is not one word");
            }

            words[key[0]] = words.GetValueOrDefault(key[0]) | kind;
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _endings = WordEndings.Of(words.Keys);
    }

    /// <summary>Every kind a normalised word is, as written or through its proclitics.</summary>
    public int Kinds(ReadOnlySpan<char> word)
    {
        if (!_endings.MayHoldReadingOf(word))
        {
            return 0;
        }

        var kinds = _words.TryGetValue(word, out var found) ? found : 0;
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = ArabicClitics.GetReadings(word, readings);
        for (var r = 1; r < count; r++)
        {
            if (_words.TryGetValue(readings[r].Stem(word), out found))
            {
                kinds |= found;
            }
        }

        return kinds;
    }

    /// <summary>Whether a normalised word, as written or through its proclitics, is of any kind in the mask;
    /// stops at the first reading that is.</summary>
    public bool Any(ReadOnlySpan<char> word, int mask)
    {
        if (!_endings.MayHoldReadingOf(word))
        {
            return false;
        }

        if (_words.TryGetValue(word, out var found) && (found & mask) != 0)
        {
            return true;
        }

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = ArabicClitics.GetReadings(word, readings);
        for (var r = 1; r < count; r++)
        {
            if (_words.TryGetValue(readings[r].Stem(word), out found) && (found & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kinds of a word exactly as written, not read through proclitics.</summary>
    public int Written(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var found) ? found : 0;
}
