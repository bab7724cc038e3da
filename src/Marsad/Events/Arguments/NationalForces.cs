using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Kind 1 after the scan: an attack or an arrest whose actor the text names only by a nationality on an
/// armed noun or on the attack itself (قتلوا في ضربة جوية أمريكية، أطلق جنود إسرائيليون النار، اعتقل رجال أمن
/// مصريون) was done by that country's forces, not by the country as a whole: CAMEO codes such an actor with
/// the military sector (data/rules/event-arguments.tsv, kinds instrument and armed-noun), or the police one
/// when the noun the nationality describes is a word of security (kind security-noun). A country the sentence names by name (قصفت
/// إسرائيل) stays the country. A nisba on a definite attack noun names the attacker whoever the clause's
/// subject is (أدانت طهران الهجوم الإسرائيلي: Israel's army attacked, not Tehran).
/// </summary>
internal static class NationalForces
{
    /// <param name="force">The id of a country's forces: (country, security) → the army's or the security forces' side.</param>
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, bool, string> force) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not (PloverType.Assault or PloverType.Coerce))
            {
                return e;
            }

            if (e.Event == PloverType.Assault && OnDefiniteNoun(doc, e) is { } attacker && !e.Actor.Contains(attacker.Id))
            {
                return e with { Actor = [force(attacker.Id, false)] };
            }

            return e.Actor.Length == 1 && ForceOf(doc, e) is { } security ? e with { Actor = [force(e.Actor[0], security)] } : e;
        });

    /// <summary>Null when the actor is not a country named only by a free nisba; else whether the noun before it is a word of security.</summary>
    private static bool? ForceOf(EventDocument doc, EventRecord e)
    {
        var country = e.Actor[0];
        var (a, b) = doc.Sentence(e.Sentence);
        if (a < 0)
        {
            return null;
        }

        var (trigger, triggerEnd) = doc.TokensOf(e.Trigger.Span);
        var nearest = -1;
        for (var j = a; j < b; j++)
        {
            // A side the scan made of a noun and its nisba (قوات إسرائيلية) ends in the nisba; any other
            // mention of the country before the deed or as the subject right after its verb names it by name, and
            // then the country itself acts. One later in the sentence is where or whom, not who (اختطف رجال أمن
            // مصريون ناشطا في ميدان بوسط القاهرة: the capital there is a place).
            if (doc.MentionAt(j) is { } mention && mention.Entity.Id == country && doc.AdjectiveAt[mention.End - 1]?.Id != country
                && j <= triggerEnd)
            {
                return null;
            }

            if (doc.AdjectiveAt[j]?.Id == country && !Covered(doc, j, country) && (nearest < 0 || Math.Abs(j - trigger) < Math.Abs(nearest - trigger)))
            {
                nearest = j;
            }
        }

        if (nearest < 0)
        {
            return null;
        }

        // What the nisba describes: the word before it, or the one before that past an adjective (طائرات
        // حربية إسرائيلية، رجال أمن مصريون). A people named by the nisba alone (آلاف الإسرائيليين) or an
        // envoy (المندوب الإسرائيلي) is no armed force; an arrest is the police's, never the army's.
        var security = Is(doc, nearest - 1, ArgumentCue.SecurityNoun) || Is(doc, nearest - 2, ArgumentCue.SecurityNoun);
        var armed = Is(doc, nearest - 1, ArgumentCue.Instrument | ArgumentCue.ArmedNoun) || Is(doc, nearest - 2, ArgumentCue.Instrument | ArgumentCue.ArmedNoun)
            || (e.Event == PloverType.Assault && nearest == doc.TokensOf(e.Trigger.Span).End && IsFeminineSingular(doc.Word(nearest)));
        return security || (armed && e.Event == PloverType.Assault) ? security : null;
    }

    /// <summary>
    /// The country of a nisba with the article right after a definite attack noun (وأدانت طهران الهجوم
    /// الإسرائيلي على سوريا): an adjective agreeing with the noun, so it names the attacker even where the
    /// noun is the object of another side's verb. A verb never carries the article, so the victim after a
    /// verb (قتل فلسطيني) is never read so.
    /// </summary>
    private static EntityRecord? OnDefiniteNoun(EventDocument doc, EventRecord e)
    {
        var (first, end) = doc.TokensOf(e.Trigger.Span);
        return first >= 0 && end < doc.Tokens.Length && doc.AdjectiveAt[end] is { } country && IsDefinite(doc.Word(first)) && IsDefinite(doc.Word(end))
            ? country : null;
    }

    /// <summary>Whether a word carries the article, behind at most one proclitic letter (الهجوم، والهجوم، بالغارة، للقصف).</summary>
    private static bool IsDefinite(ReadOnlySpan<char> word) =>
        word.StartsWith("ال", StringComparison.Ordinal)
        || (word.Length > 4 && word[0] is 'و' or 'ف' or 'ب' or 'ك' && word[1..].StartsWith("ال", StringComparison.Ordinal))
        || (word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal));

    /// <summary>
    /// Whether a nisba is feminine singular (إسرائيلية): right after an attack it then agrees with the attack
    /// noun (غارة، ضربة جوية), where a masculine or plural one is more often the victim the deed befell (قتل
    /// عراقي، قتل الفلسطينيين).
    /// </summary>
    private static bool IsFeminineSingular(ReadOnlySpan<char> word) =>
        word.EndsWith("ية", StringComparison.Ordinal) || word.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>Whether token j lies inside the mention of another entity (الشرطة الأفغانية, الرئيس الباكستاني): then the nisba is that entity's.</summary>
    private static bool Covered(EventDocument doc, int j, string country)
    {
        for (var t = Math.Max(0, j - 4); t < j; t++)
        {
            if (doc.MentionAt(t) is { } mention && mention.End > j && mention.Entity.Id != country)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(EventDocument doc, int j, ArgumentCue kind) =>
        doc.IsWord(j) && ArgumentLexicon.Default.Is(doc.Word(j), kind);
}
