using System.Collections.Immutable;
using Marsad.Recognition.Entities;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events.Decision;

/// <summary>The kinds of cue word in data/rules/event-decision.tsv; see the file's header for each.</summary>
internal enum DecisionCue
{
    Generic,
    Accusation,
    Denial,
    Foiled,
    Question,
    Purpose,
    Condition,
    Intent,
    NameHead,
    Topic,
    Discussion,
    Relative,
    Cause,
    Reaction,
    Concession,
    Sequel,
    Speech,
    Boundary,
    Participant,
    Preposition,
    Partitive,
    Light,
    Verdict,
    Commemoration,
    Statistic,
    Series,
    Aside,
    Pluperfect,
    Facet,
    Numeral,
    Subordinator,
    Inquiry,
    Meeting,
    Warning,
    Claim,
    Transmission,
}

/// <summary>A cue phrase found over words [<see cref="Start"/>, <see cref="End"/>) of a sentence.</summary>
internal readonly record struct CueHit(int Start, int End, DecisionCue Kind);

/// <summary>
/// The cue words of the decision, by kind, from data/rules/event-decision.tsv. Phrases are normalised
/// token sequences; a sentence word matches a phrase's first word as written or through its proclitics
/// (ونفى → نفى). Frozen and thread-safe.
/// </summary>
internal sealed class DecisionLexicon
{
    private readonly TokenTrie<DecisionCue> _cues = new();

    // The last two letters of every word a phrase starts with. A clitic reading's stem is the end of its
    // word (ل + ال restores only the front), so a word that ends otherwise starts no phrase under any
    // reading: most words of a sentence are passed over without reading their clitics or hashing them.
    private readonly HashSet<int> _endings = [];

    private DecisionLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var kind = Enum.Parse<DecisionCue>(row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            _cues.Add(NameKey.Of(row[0].Trim()), kind);
        }

        foreach (var (first, _) in _cues.Root.Children)
        {
            if (first.Length >= 2)
            {
                _endings.Add(Ending(first));
            }
        }
    }

    private static int Ending(ReadOnlySpan<char> word) => (word[^2] << 16) | word[^1];

    [ThreadStatic]
    private static ImmutableArray<CueHit>.Builder? t_hits;

    public static DecisionLexicon Default { get; } = new(RuleFile.Rows("Marsad.data.rules.event-decision.tsv"));

    /// <summary>Every cue of the sentence's normalised words, longest at each start, in order.</summary>
    public ImmutableArray<CueHit> Find(ImmutableArray<string> words)
    {
        // One builder a thread, emptied at each sentence: the hits are copied out once, at their count.
        var hits = t_hits ??= ImmutableArray.CreateBuilder<CueHit>();
        hits.Clear();
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        for (var i = 0; i < words.Length; i++)
        {
            var best = (End: -1, Kind: default(DecisionCue));
            var word = words[i].AsSpan();
            if (word.Length > 1 && !_endings.Contains(Ending(word)))
            {
                continue;
            }

            // The first reading of a word is the word as written; r = -1 reads a one-letter word (a
            // punctuation mark), which has no clitic readings.
            var count = word.Length > 1 ? NameKey.FirstWordKeys(word, readings) : 0;
            for (var r = count > 0 ? 0 : -1; r < count; r++)
            {
                var found = r < 0 ? _cues.Root.TryGetChild(word, out var node) : NameKey.TryFirst(_cues.Root, word, readings[r], out node);
                for (var k = i + 1; found; k++)
                {
                    if (node.HasValues && k > best.End)
                    {
                        best = (k, node.Values[0]);
                    }

                    found = k < words.Length && node.TryGetChild(words[k], out node);
                }
            }

            if (best.End > 0)
            {
                hits.Add(new CueHit(i, best.End, best.Kind));
            }
        }

        return hits.ToImmutable();
    }
}
