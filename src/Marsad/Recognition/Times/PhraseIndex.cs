using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>
/// The matching of <see cref="PhraseTable{T}"/> without its values: each phrase answers with its position in the
/// list it was built from, so the table's building, sorting and matching are compiled once, not once for every
/// value type a table holds (thirteen tables, each of them a separate instantiation of every generic method it
/// uses, made a third of the JIT time of a start).
/// </summary>
/// <remarks>Rules: those of <see cref="PhraseTable{T}"/>; a phrase given twice keeps its last position.</remarks>
internal sealed class PhraseIndex
{
    private readonly FrozenDictionary<string, (string[] Tail, int Position)[]> _byFirst;
    private readonly FrozenDictionary<string, (string[] Tail, int Position)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseIndex(IReadOnlyList<string> phrases)
    {
        var groups = new Dictionary<string, List<(string[] Tail, int Position)>>(StringComparer.Ordinal);
        for (var position = 0; position < phrases.Count; position++)
        {
            var words = ArabicNormalizer.Normalize(phrases[position]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!groups.TryGetValue(words[0], out var list))
            {
                groups[words[0]] = list = [];
            }

            list.RemoveAll(e => e.Tail.AsSpan().SequenceEqual(words.AsSpan(1)));
            list.Add((words[1..], position));
        }

        _byFirst = groups.ToFrozenDictionary(
            static g => g.Key, static g => g.Value.OrderByDescending(static e => e.Tail.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first words of the phrases, as the lookup holds them.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The longest phrase that starts at token <paramref name="index"/>, its position, and the index after it.</summary>
    public bool TryMatch(TokenView view, int index, bool proclitics, out int position, out int end)
    {
        position = -1;
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

            foreach (var (tail, entryPosition) in entries)
            {
                if (view.WordsEqual(index + 1, tail))
                {
                    position = entryPosition;
                    end = index + 1 + tail.Length;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a single word (no clitics) is a one-word phrase, and its position.</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out int position)
    {
        position = -1;
        if (!_lookup.TryGetValue(word, out var entries))
        {
            return false;
        }

        foreach (var (tail, entryPosition) in entries)
        {
            if (tail.Length == 0)
            {
                position = entryPosition;
                return true;
            }
        }

        return false;
    }
}
