using System.Collections.Frozen;
using Marsad.Recognition.Entities;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events.Places;

/// <summary>The kinds of word in data/rules/event-places.tsv; see the file's header for each.</summary>
[Flags]
internal enum PlaceWord
{
    None = 0,
    At = 1,
    Head = 2,
    Direction = 4,
    Capital = 8,
    Side = 16,
}

/// <summary>
/// The words the event-location pass reads before a place's name, by kind, from data/rules/event-places.tsv:
/// one normalised word a row, matched as written or through its proclitics (وفي → في). Frozen and thread-safe.
/// </summary>
internal sealed class PlaceLexicon
{
    private readonly FrozenDictionary<string, PlaceWord>.AlternateLookup<ReadOnlySpan<char>> _words;

    private PlaceLexicon(IEnumerable<string[]> rows)
    {
        var words = new Dictionary<string, PlaceWord>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var kind = Enum.Parse<PlaceWord>(row[1].Trim(), ignoreCase: true);
            var key = NameKey.Of(row[0].Trim());
            if (key.Length != 1)
            {
                throw new InvalidOperationException($"event-places.tsv: '{row[0]}' is not one word");
            }

            words[key[0]] = words.GetValueOrDefault(key[0]) | kind;
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PlaceLexicon Default { get; } = new(RuleFile.Rows("Marsad.data.rules.event-places.tsv"));

    /// <summary>The kinds a normalised word is, as written or read through its proclitics.</summary>
    public PlaceWord Kinds(ReadOnlySpan<char> word)
    {
        var kinds = _words.TryGetValue(word, out var found) ? found : PlaceWord.None;
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
}
