using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The object after a phrase the writer set off by commas between the subject and it (issue 18, the recipient):
/// in ودعت المنظمة، ومقرها جنيف، السلطات المصرية إلى … and اتهمت الولايات المتحدة، مساء اليوم نفسه، إيران بـ… the
/// two commas close an apposition or an adverbial (where the subject is based, when it spoke, in what statement),
/// not the clause, so the side right after the second comma is the verb's object, its recipient. Read only when the
/// scan found the actor right after the trigger (verb, subject, insertion, object: the order of a news sentence)
/// and no recipient; the inserted phrase is short and opens no reported or relative clause.
/// </summary>
internal static class Insertions
{
    /// <summary>How many tokens the inserted phrase may hold (ومقرها نيويورك; في بيان صدر مساء الأحد).</summary>
    private const int Longest = 6;

    private const ArgumentCue Opens = ArgumentCue.Complementizer | ArgumentCue.Relative;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!e.Recipient.IsEmpty || e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0, var end))
            {
                return e;
            }

            var b = doc.Sentence(e.Sentence).End;
            if (Tokens.MentionWithin(doc, end, 2, b) is not { } subject || !Tokens.NamesActor(doc, e, subject.Mention.Entity))
            {
                return e;
            }

            var open = subject.Mention.End;
            if (!Tokens.IsComma(doc, open) || Close(doc, open, b) is not { } close || doc.MentionAt(close + 1) is not { } named)
            {
                return e;
            }

            if (Tokens.NamesActor(doc, e, named.Entity) || (named.Entity.Type == EntityType.Location && e.Event != PloverType.Assault))
            {
                return e;
            }

            return Tokens.SideOf(named.Entity, country) is { } side && !e.Actor.Contains(side) ? e with { Recipient = [side] } : e;
        });

    /// <summary>The comma that closes the phrase opened at <paramref name="open"/>, if it comes soon and the phrase opens no clause of its own.</summary>
    private static int? Close(EventDocument doc, int open, int end)
    {
        for (var t = open + 1; t < end && t <= open + Longest + 1; t++)
        {
            if (Tokens.IsComma(doc, t))
            {
                return t > open + 1 ? t : null;
            }

            if (doc.IsBoundary(t) || (doc.IsWord(t) && ArgumentLexicon.Default.Is(doc.Word(t), Opens)))
            {
                return null;
            }
        }

        return null;
    }
}
