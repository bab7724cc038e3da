using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named by an object pronoun on the event's verb (issue 18, the recipient): in هنأه، استقبله، اتهمها
/// the verb's object is a pronoun, and a pronoun stands for the last entity the document named before it that agrees
/// with it and is not the verb's own subject: ـه a person or a body whose head noun is masculine (الجيش، مجلس),
/// ـها a country or a body whose head noun is feminine (الحكومة، حركة). The verb is told from a verbal noun with a
/// possessive (إدانته، زيارتها: his condemnation, her visit, where the pronoun is the doer) by the trigger lexicon's
/// perfect forms (<see cref="PerfectVerbs"/>) and by the text as written, since normalisation writes ة as ه and
/// drops the hamza that tells أدانته (a verb) from إدانته. Read only for an event with an actor and no recipient.
/// Left out: a woman named by a pronoun ـها (the entity layer records no gender) and the defective verbs
/// (التقاه، دعاها), which event-triggers.tsv writes out by hand, not through the paradigms PerfectVerbs reads.
/// </summary>
internal static class ObjectPronouns
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!e.Recipient.IsEmpty || e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, _)
                || Pronoun(doc, first) is not { } feminine)
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
    private static bool? Pronoun(EventDocument doc, int j)
    {
        if (!doc.IsWord(j))
        {
            return null;
        }

        var written = doc.Text.Text.AsSpan(doc.Tokens[j].Span.Start, doc.Tokens[j].Span.Length);
        var word = doc.Word(j);
        bool feminine;
        if (written.EndsWith("ها", StringComparison.Ordinal))
        {
            feminine = true;
        }
        else if (written.EndsWith("ه", StringComparison.Ordinal))
        {
            feminine = false;
        }
        else
        {
            return null;
        }

        // The verb without its pronoun keeps at least three letters (وجه، نبه are verbs of their own, not و + جه),
        // is no verbal noun of form IV (إدانته) and is a perfect of a trigger verb (هنأ، أدانت، اتهموا).
        var stem = word[..^(feminine ? 2 : 1)];
        return stem.Length >= 3 && !written.Contains('إ') && PerfectVerbs.IsPerfect(stem) && OpensClause(doc, j, stem) ? feminine : null;
    }

    /// <summary>
    /// Whether the verb opens its clause, as a verb does in a news sentence (verb, subject, object): behind و or ف, or
    /// first after the sentence's start, a punctuation mark, a time, a word that ends a clause or a complementizer. A
    /// perfect of the first form is written as its verbal noun (دعم، قصف، رفض): inside a phrase (بوقف دعمها, its
    /// support) the same letters are a noun with a possessive, not a verb with its object.
    /// </summary>
    private static bool OpensClause(EventDocument doc, int j, ReadOnlySpan<char> stem) =>
        (stem.Length >= 4 && stem[0] is 'و' or 'ف') || j == doc.Sentence(doc.SentenceOf(j)).First || !doc.IsWord(j - 1)
        || doc.InTime[j - 1] || doc.IsBoundary(j - 1) || Tokens.Is(doc, j - 1, ArgumentCue.Complementizer);

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
        var written = doc.Text.Text.AsSpan(doc.Tokens[t].Span.Start, doc.Tokens[t].Span.Length);
        return written.EndsWith("ة", StringComparison.Ordinal);
    }
}
