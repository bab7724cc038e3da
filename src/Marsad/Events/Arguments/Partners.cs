using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The other side of a meeting, call or deal named behind مع (issue 18, kind 7), after the scan: بحث الوزير مع
/// نظيره فلان، قال في اتصال هاتفي مع الممثلة العليا … فلانة، وقع المركز، الاثنين، اتفاقية مع البرنامج. An event
/// of two sides that has its actor and no recipient takes the side after the preposition, a titled person
/// before the body in the title (الممثلة العليا … في الاتحاد الأوروبي فلانة: the person). Word kind with.
/// </summary>
internal static class Partners
{
    /// <summary>How far after the trigger the preposition may stand (وقع …، الاثنين، اتفاقية مع).</summary>
    private const int Reach = 8;

    /// <summary>Title words between the preposition and the side (مع الممثلة العليا للسياسة الخارجية في الاتحاد).</summary>
    private const int TitleWords = 8;

    /// <summary>The CAMEO code of signing a formal agreement (PLOVER SUPPORT, an event of two sides).</summary>
    private const string SignAgreement = "057";

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!Joint(e) || e.Actor.IsEmpty || !e.Recipient.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end))
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                if (Tokens.Is(doc, t, ArgumentCue.With))
                {
                    return Partner(doc, t + 1, b, country) is { } side && !e.Actor.Contains(side) ? e with { Recipient = [side] } : e;
                }

                // The subject after the verb is passed over (وقع المركز، الاثنين، اتفاقية مع); another side before the
                // preposition is the event's object; a clause boundary or a stop ends the phrase.
                if (doc.MentionAt(t) is { } named && Tokens.NamesActor(doc, e, named.Entity))
                {
                    t = named.End - 1;
                    continue;
                }

                if (doc.MentionAt(t) is not null || doc.IsBoundary(t) || !(doc.IsWord(t) || doc.InTime[t] || Tokens.IsComma(doc, t)))
                {
                    return e;
                }
            }

            return e;
        });

    private static bool Joint(EventRecord e) => e.Event is PloverType.Consult or PloverType.Agree or PloverType.Cooperate || e.Cameo == SignAgreement;

    /// <summary>The side named after the preposition: a person right after the body of his title, else the first side.</summary>
    private static string? Partner(EventDocument doc, int from, int end, Func<string, string> country)
    {
        if (Tokens.MentionWithin(doc, from, TitleWords, end) is not { } found)
        {
            return null;
        }

        var entity = found.Mention.Entity;
        if (entity.Type != EntityType.Person && found.Mention.End < end && doc.MentionAt(found.Mention.End) is { } titled && titled.Entity.Type == EntityType.Person)
        {
            entity = titled.Entity;
        }

        return Tokens.SideOf(entity, country);
    }
}
