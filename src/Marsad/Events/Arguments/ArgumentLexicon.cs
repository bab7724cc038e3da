using System.Collections.Frozen;
using Marsad.Recognition.Entities;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/event-arguments.tsv; see the file's header for each.</summary>
[Flags]
internal enum ArgumentCue
{
    None = 0,
    PastAuxiliary = 1,
    PerfectParticle = 2,
    Relative = 4,
    Instrument = 8,
    Destination = 16,
    Conjunction = 32,
    Undergo = 64,
    ReferenceNoun = 128,
    Complementizer = 256,
    SecurityNoun = 512,
    SpeaksFor = 1024,
    ArmedNoun = 2048,
}

/// <summary>
/// The words the argument rules act on, by kind, from data/rules/event-arguments.tsv: one normalised word a
/// row, matched as written or through its proclitics (وكانت → كانت). Frozen and thread-safe.
/// </summary>
internal sealed class ArgumentLexicon
{
    private readonly FrozenDictionary<string, ArgumentCue>.AlternateLookup<ReadOnlySpan<char>> _words;

    private ArgumentLexicon(IEnumerable<string[]> rows)
    {
        var words = new Dictionary<string, ArgumentCue>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var kind = Enum.Parse<ArgumentCue>(row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            // A proclitic (و) is one letter, which the tokenizer keeps as it is.
            var key = row[0].Trim().Length == 1 ? [row[0].Trim()] : NameKey.Of(row[0].Trim());
            if (key.Length != 1)
            {
                throw new InvalidOperationException($"event-arguments.tsv: '{row[0]}' is not one word");
            }

            words[key[0]] = words.GetValueOrDefault(key[0]) | kind;
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ArgumentLexicon Default { get; } = new(RuleFile.Rows("Marsad.data.rules.event-arguments.tsv"));

    /// <summary>Whether a normalised word, as written or read through its proclitics, is of the kind.</summary>
    public bool Is(ReadOnlySpan<char> word, ArgumentCue kind)
    {
        if (_words.TryGetValue(word, out var found) && (found & kind) != 0)
        {
            return true;
        }

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = ArabicClitics.GetReadings(word, readings);
        for (var r = 1; r < count; r++)
        {
            if (_words.TryGetValue(readings[r].Stem(word), out found) && (found & kind) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word longer than one letter starts with a proclitic of the kind (واعتقلت: و).</summary>
    public bool StartsWith(ReadOnlySpan<char> word, ArgumentCue kind) =>
        word.Length > 2 && _words.TryGetValue(word[..1], out var found) && (found & kind) != 0;
}
