using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named by an object pronoun on the event's verb (issue 18, the recipient): in هنأه، استقبله، اتهمها
/// the verb's object is a pronoun, and a pronoun stands for the last entity the document named before it that agrees
/// with it and is not the verb's own subject: ـه a person or a body whose head noun is masculine (الجيش، مجلس),
/// ـها a country or a body whose head noun is feminine (الحكومة، حركة). The verb is told from a verbal noun with a
/// possessive (إدانته، زيارتها: his condemnation, her visit, where the pronoun is the doer) by its trigger, one whose
/// object the lexicon marks as its recipient, by its place at the head of its clause, and by the text as written,
/// since normalisation writes ة as ه and drops the hamza that tells أدانته (a verb) from إدانته. Read only for an
/// event with an actor and no recipient. Left out: a woman named by ـها (the entity layer records no gender).
/// </summary>
internal static class ObjectPronouns
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!e.Recipient.IsEmpty || e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, _)
                || Pronoun(doc, first, e.Rule) is not { } feminine)
            {
                return e;
            }

            for (var t = first - 1; t >= 0; t--)
            {
                // The mention that ends before the verb and starts at t (a mention reaching past t is read at its start).
                if (doc.MentionAt(t) is not { } mention || mention.End > first || Agrees(doc, mention.Entity, t) != feminine)
                {
                    continue;
                }

                // The subject is never its own object (a reflexive is written نفسه); the next one back is read.
                if (Tokens.NamesActor(doc, e, mention.Entity))
                {
                    continue;
                }

                return Tokens.SideOf(mention.Entity, country) is { } side && !e.Actor.Contains(side) ? e with { Recipient = [side] } : e;
            }

            return e;
        });

    /// <summary>
    /// Whether token <paramref name="j"/> is a perfect verb that carries a singular object pronoun: true for ـها,
    /// false for ـه, null for neither (a noun, a verb with no pronoun, a plural pronoun).
    /// </summary>
    private static bool? Pronoun(EventDocument doc, int j, string rule)
    {
        if (!doc.IsWord(j))
        {
            return null;
        }

        bool feminine;
        switch (ObjectPronounEndings.Of(doc, j))
        {
            case PronounEnding.Feminine:
                feminine = true;
                break;
            case PronounEnding.Masculine:
                feminine = false;
                break;
            default:
                return null;
        }

        // The verb is no verbal noun of form IV (إدانته), and its trigger marks the object as its recipient: the trigger
        // lexicon writes a pronoun form only for such a verb (هنأه، هددها, its perfect-object paradigm).
        var stem = doc.Word(j)[..^(feminine ? 2 : 1)];
        return !doc.Written(j).Contains('إ') && TakesObject(doc, j, rule) && OpensClause(doc, j, stem) ? feminine : null;
    }

    /// <summary>Whether token <paramref name="j"/> begins a form of the event's own trigger, one whose object is its recipient.</summary>
    private static bool TakesObject(EventDocument doc, int j, string rule)
    {
        foreach (var hit in doc.Words.At(j, doc.Word(j)))
        {
            if (hit.Facts.Trigger is not { } node)
            {
                continue;
            }

            foreach (var trigger in node.Values)
            {
                if (trigger.Id == rule && trigger.RecipientMarkers.Contains("object"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb opens its clause, as a verb does in a news sentence (verb, subject, object): behind و or ف, or
    /// first after the sentence's start, a punctuation mark, a time, a word that ends a clause or a complementizer, or
    /// right after a name it describes (اتصالا من الرئيس فلان هنأه فيه). The same letters inside a phrase are a
    /// verbal noun with a possessive (بوقف دعمها: its support), not a verb with its object.
    /// </summary>
    private static bool OpensClause(EventDocument doc, int j, ReadOnlySpan<char> stem) =>
        (stem.Length >= 4 && stem[0] is 'و' or 'ف') || j == doc.Sentence(doc.SentenceOf(j)).First || !doc.IsWord(j - 1)
        || doc.InTime[j - 1] || doc.IsBoundary(j - 1) || Tokens.Is(doc, j - 1, ArgumentCue.Complementizer) || EndsMention(doc, j);

    /// <summary>Whether a mention ends right before token <paramref name="j"/> (read back over a name's few words).</summary>
    private static bool EndsMention(EventDocument doc, int j)
    {
        for (var t = j - 1; t >= 0 && t >= j - 6; t--)
        {
            if (doc.MentionAt(t) is { } mention)
            {
                return mention.End == j;
            }
        }

        return false;
    }

    /// <summary>Whether the entity named at token <paramref name="t"/> is referred to by ـها (true) or ـه (false), or by neither (null).</summary>
    private static bool? Agrees(EventDocument doc, EntityRecord entity, int t) => entity.Type switch
    {
        EntityType.Country => true,
        EntityType.Person => false,
        EntityType.Organization or EntityType.Group => FeminineHead(doc, t),
        _ => null,
    };

    /// <summary>Whether a body's name begins with a feminine noun, written with ة (الحكومة، حركة، وزارة).</summary>
    private static bool FeminineHead(EventDocument doc, int t)
    {
        var written = doc.Written(t);
        return written.EndsWith("ة", StringComparison.Ordinal);
    }
}
