using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>A trigger the first pass found: its sentence, type and words, whatever later became of it.</summary>
internal readonly record struct TriggerHit(int Sentence, PloverType Event, TextSpan Span);

/// <summary>
/// Every trigger of a text as the scan meets them (<see cref="TriggerCandidates"/>, the longest at each token,
/// the next looked for after its end), before any argument rule or the decision: what <c>eval gold --explain</c>
/// needs to tell an event dropped in its sentence from one whose sentence has no trigger of its type. Not on
/// the analysis path.
/// </summary>
internal static class TriggerHits
{
    public static ImmutableArray<TriggerHit> Of(TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(text);
        var coder = EventCoder.Default;
        using var doc = new EventDocument(text, entities, times, coder);
        var candidates = new TriggerCandidates(doc, coder);
        var hits = ImmutableArray.CreateBuilder<TriggerHit>();
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var (a, b) = doc.Sentence(s);
            var i = Math.Max(a, 0);
            while (a >= 0 && i < b)
            {
                if (candidates.Match(i, b) is not { } match)
                {
                    i++;
                    continue;
                }

                var (start, end) = (doc.Tokens[i].Span.Start, doc.Tokens[match.End - 1].Span.End);
                hits.Add(new TriggerHit(s, match.Trigger.Event, new TextSpan(start, end)));
                i = match.End;
            }
        }

        return hits.ToImmutable();
    }
}
