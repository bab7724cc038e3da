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

    private DecisionLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var kind = Enum.Parse<DecisionCue>(row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            _cues.Add(NameKey.Of(row[0].Trim()), kind);
        }
    }

    public static DecisionLexicon Default { get; } = new(RuleFile.Rows("Marsad.data.rules.event-decision.tsv"));

    /// <summary>Every cue of the sentence's normalised words, longest at each start, in order.</summary>
    public ImmutableArray<CueHit> Find(ImmutableArray<string> words)
    {
        var hits = ImmutableArray.CreateBuilder<CueHit>();
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        for (var i = 0; i < words.Length; i++)
        {
            var best = (End: -1, Kind: default(DecisionCue));
            var word = words[i].AsSpan();
            var count = word.Length > 1 ? NameKey.FirstWordKeys(word, readings) : 0;
            for (var r = -1; r < count; r++)
            {
                // r = -1 reads the word as written (a punctuation mark has no clitic readings).
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
