using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Kind 2 after the scan: a spokesman speaks for his body. A person named right after the body he speaks for
/// (المتحدث باسم الجيش السوداني العميد فلان، الناطق باسم الحركة فلان; data/rules/event-arguments.tsv, kind
/// speaks-for) who is the actor of an event stands for that body, as CAMEO codes a spokesman by whom he
/// speaks for: what he announces his side did (قال إن قواته قصفت) and what he says (اتهم، نفى) are the body's.
/// </summary>
internal static class Spokesmen
{
    /// <summary>How many words (ranks, titles) may stand between the body and the spokesman's name.</summary>
    private const int MaxTitles = 3;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events) =>
        EventEdits.Each(doc, events, e =>
        {
            ImmutableArray<string>.Builder? actors = null;
            for (var x = 0; x < e.Actor.Length; x++)
            {
                if (BodyOf(doc, e.Sentence, e.Actor[x]) is { } body)
                {
                    actors ??= e.Actor.ToBuilder();
                    actors[x] = body;
                }
            }

            return actors is null ? e : e with { Actor = [.. actors.Distinct()] };
        });

    /// <summary>The body a person speaks for in the sentence (باسم + body + titles + the person's name), or null.</summary>
    private static string? BodyOf(EventDocument doc, int sentence, string person)
    {
        var (a, b) = doc.Sentence(sentence);
        for (var p = a; p < b; p++)
        {
            if (doc.MentionAt(p) is not { } mention || mention.Entity.Id != person || mention.Entity.Type != EntityType.Person)
            {
                continue;
            }

            for (var t = Math.Max(a, p - MaxTitles - 6); t < p - 1; t++)
            {
                if (doc.IsWord(t) && ArgumentLexicon.Default.Is(doc.Word(t), ArgumentCue.SpeaksFor) && doc.MentionAt(t + 1) is { } body
                    && body.End <= p && p - body.End <= MaxTitles && OnlyWords(doc, body.End, p) && body.Entity.Type != EntityType.Person)
                {
                    return body.Entity.Id;
                }
            }
        }

        return null;
    }

    /// <summary>Whether tokens [from, to) are all words (titles and ranks), with no comma or quote between the body and the name.</summary>
    private static bool OnlyWords(EventDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!doc.IsWord(t) || doc.MentionAt(t) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
