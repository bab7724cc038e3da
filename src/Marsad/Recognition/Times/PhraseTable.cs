using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>
/// Phrases of one or more words, normalised, each with a value; matched against tokens without
/// building strings (the first word through a frozen alternate lookup, the rest compared in place).
/// </summary>
/// <remarks>
/// Rules: the first word of a match may carry the proclitics و ف ب ل ك (وأمس، بالأمس، لعقود) but never lose
/// an article the phrase does not have (العام is not عام); the other words must be exactly the phrase's
/// words; the longest phrase wins.
/// </remarks>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]> _byFirst;
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<(string[] Tail, T Value)>>(StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var words = ArabicNormalizer.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!groups.TryGetValue(words[0], out var list))
            {
                groups[words[0]] = list = [];
            }

            list.RemoveAll(e => e.Tail.AsSpan().SequenceEqual(words.AsSpan(1)));
            list.Add((words[1..], value));
        }

        _byFirst = groups.ToFrozenDictionary(
            static g => g.Key, static g => g.Value.OrderByDescending(static e => e.Tail.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first words of the table's phrases, as the lookup holds them.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The longest phrase that starts at token <paramref name="index"/>, and the index after it.</summary>
    public bool TryMatch(TokenView view, int index, bool proclitics, out T value, out int end)
    {
        value = default!;
        end = index;
        var word = view.Word(index);
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (reading.Stripped > 0 && (!proclitics || reading.HasArticle))
            {
                continue;
            }

            if (!_lookup.TryGetValue(reading.Stem(word), out var entries))
            {
                continue;
            }

            foreach (var (tail, entryValue) in entries)
            {
                if (view.WordsEqual(index + 1, tail))
                {
                    value = entryValue;
                    end = index + 1 + tail.Length;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a single word (no clitics) is a one-word phrase of the table.</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (!_lookup.TryGetValue(word, out var entries))
        {
            return false;
        }

        foreach (var (tail, entryValue) in entries)
        {
            if (tail.Length == 0)
            {
                value = entryValue;
                return true;
            }
        }

        return false;
    }
}
