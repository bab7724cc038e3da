using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Issue 18: a news outlet a statement was given to is the medium, never a side. An organisation right after a
/// noun of a medium (قال لصحيفة «الشرق الأوسط»، في حديث لقناة الجزيرة، صرح لوكالة رويترز) or behind لـ after a
/// word of saying in its sentence (قال لرويترز، أكد لـ"العربية"; data/rules/event-arguments.tsv, kinds medium
/// and speech) only carries the words: the scan, which reads the last side before a reported clause as its
/// subject, could make it the actor of the call or the attack the sentence reports. Such a side leaves the
/// event's actor and recipient when the sentence names it nowhere else; it runs first after the decision, so
/// the passes after it give the event their own candidate (or none), and the event model's features are the same.
/// </summary>
internal static class Outlets
{
    /// <summary>How many tokens before لـ a word of saying may stand (the speaker and his titles between).</summary>
    private const int SpeechReach = 10;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Actor.IsEmpty && e.Recipient.IsEmpty)
            {
                return e;
            }

            var outlets = OutletsOf(doc, e.Sentence);
            if (outlets is null)
            {
                return e;
            }

            var actor = e.Actor.RemoveAll(outlets.Contains);
            var recipient = e.Recipient.RemoveAll(outlets.Contains);
            return actor.Length == e.Actor.Length && recipient.Length == e.Recipient.Length ? e : e with { Actor = actor, Recipient = recipient };
        });

    /// <summary>The organisations the sentence names only as outlets, or null when it names none so.</summary>
    private static HashSet<string>? OutletsOf(EventDocument doc, int sentence)
    {
        var (a, b) = doc.Sentence(sentence);
        HashSet<string>? outlets = null;
        for (var p = a; p < b; p++)
        {
            if (doc.MentionAt(p) is { } mention && mention.Entity.Type == EntityType.Organization && IsOutlet(doc, a, p, mention.Entity, mention.MentionStart))
            {
                (outlets ??= []).Add(mention.Entity.Id);
            }
        }

        // Only then the organisations named otherwise too, which stay sides: most sentences name no outlet, and a set
        // of the sides was made for each of them at every event.
        for (var p = a; outlets is not null && p < b; p++)
        {
            if (doc.MentionAt(p) is { } mention && mention.Entity.Type == EntityType.Organization && !IsOutlet(doc, a, p, mention.Entity, mention.MentionStart))
            {
                outlets.Remove(mention.Entity.Id);
            }
        }

        return outlets is { Count: > 0 } ? outlets : null;
    }

    /// <summary>Whether the organisation whose mention starts at token p is told as an outlet.</summary>
    private static bool IsOutlet(EventDocument doc, int a, int p, EntityRecord entity, int mentionStart)
    {
        // The mention itself begins with the medium's noun (قناة الجزيرة as the knowledge base names it).
        if (doc.Is(p, ArgumentCue.Medium))
        {
            return true;
        }

        // The word before the name, over an opening quotation mark or bracket.
        var before = p - 1;
        if (before >= a && !doc.IsWord(before))
        {
            before--;
        }

        if (before >= a && doc.Is(before, ArgumentCue.Medium))
        {
            return true;
        }

        // لـ behind the name (لرويترز) or alone before it (لـ«العربية»), after a word of saying: a body known for
        // something other than news (قال لمجلس الأمن) is addressed, not an outlet. A body the knowledge base knows
        // as news may have its noun between (لوكالة رويترز: وكالة alone is no medium, as most agencies are not).
        var token = doc.Tokens[p].Span;
        var joined = mentionStart > token.Start && doc.Text.Text[mentionStart - 1] == 'ل';
        var alone = before >= a && doc.IsWord(before) && doc.Word(before) is "ل";
        var news = entity.Known && entity.Sector == "MED";
        var headed = news && before >= a && doc.IsWord(before) && doc.Written(before) is ['ل', _, ..];
        return (joined || alone || headed) && (news || !entity.Known) && SaidBefore(doc, a, joined ? p : before);
    }

    /// <summary>Whether a word of saying stands in the sentence within reach before token p.</summary>
    private static bool SaidBefore(EventDocument doc, int a, int p)
    {
        for (var k = p - 1; k >= Math.Max(a, p - SpeechReach); k--)
        {
            if (doc.Is(k, ArgumentCue.Speech))
            {
                return true;
            }
        }

        return false;
    }
}
