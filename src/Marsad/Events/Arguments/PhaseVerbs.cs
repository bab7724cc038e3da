using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A verb of beginning, continuing or resuming and its subject (issue 18), after the scan: in بدأت قطر،
/// الثلاثاء، تزويد سوريا بالغاز the verbal noun's actor is the phase verb's subject and the side right after the
/// noun its recipient, where the scan read the noun alone. Word kind phase.
/// </summary>
internal static class PhaseVerbs
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || Subject(doc, e.Sentence, first, country) is not { } subject)
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            var recipient = end < b && doc.MentionAt(end) is { } named && Tokens.SideOf(named.Entity, country) is { } id && id != subject
                ? [id] : e.Recipient.Remove(subject);
            return e.Actor.SequenceEqual([subject]) && recipient.SequenceEqual(e.Recipient) ? e : e with { Actor = [subject], Recipient = recipient };
        });

    /// <summary>The side between a phase verb and the verbal noun at <paramref name="first"/>, a time between commas after it allowed.</summary>
    private static string? Subject(EventDocument doc, int sentence, int first, Func<string, string> country)
    {
        var (a, _) = doc.Sentence(sentence);
        var t = first - 1;
        while (t > a && (doc.InTime[t] || Tokens.IsComma(doc, t)))
        {
            t--;
        }

        for (var s = t; s > a && s >= t - MaxNameWords; s--)
        {
            if (doc.MentionAt(s) is { } side)
            {
                return side.End == t + 1 && Tokens.Is(doc, s - 1, ArgumentCue.Phase) ? Tokens.SideOf(side.Entity, country) : null;
            }
        }

        return null;
    }

    /// <summary>The most words of a subject's name read back from the noun (رئيس مجلس الوزراء القطري).</summary>
    private const int MaxNameWords = 6;
}
