using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The date of a follow-up sentence (issue 18, kind 6): a sentence that opens by placing itself in the occasion
/// the sentence before told (وخلال اللقاء، وفي أثناء الزيارة، وعلى هامش القمة، وعقب الاجتماع، ثم) continues that
/// occasion, so an event it tells without a time of its own happened on the day the sentence before dates its
/// event, whoever its sides are; it is not dated by publication. The opening words are typed continuation in
/// data/rules/event-arguments.tsv; they count as the sentence's first word or behind one preposition (وفي
/// أثناء، وعلى هامش). A sentence before with no event dated by its text gives nothing.
/// </summary>
internal static class FollowUpDates
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events)
    {
        ImmutableArray<EventRecord>.Builder? result = null;
        for (var k = 0; k < events.Length; k++)
        {
            var e = events[k];
            if (e.DateFrom != DateSource.Published || e.Sentence <= 0 || e.Sentence >= doc.SentenceCount || !Continues(doc, e.Sentence)
                || DateBefore(events, e.Sentence) is not { } date)
            {
                continue;
            }

            result ??= events.ToBuilder();
            result[k] = e with { Date = date, DateFrom = DateSource.Text };
        }

        return result?.ToImmutable() ?? events;
    }

    /// <summary>Whether sentence <paramref name="s"/> opens with a continuation word, itself or behind a preposition.</summary>
    private static bool Continues(EventDocument doc, int s)
    {
        var (a, b) = doc.Sentence(s);
        return a >= 0 && a < b
            && (Tokens.Is(doc, a, ArgumentCue.Continuation)
                || (a + 1 < b && doc.Word(a) is { Length: <= 4 } && Tokens.Is(doc, a + 1, ArgumentCue.Continuation)));
    }

    /// <summary>The day of the last event of the sentence right before <paramref name="s"/> that its text dates.</summary>
    private static string? DateBefore(ImmutableArray<EventRecord> events, int s)
    {
        string? date = null;
        foreach (var e in events)
        {
            if (e.Sentence == s - 1 && e.DateFrom == DateSource.Text && e.Date is { Length: 10 })
            {
                date = e.Date;
            }
        }

        return date;
    }
}
