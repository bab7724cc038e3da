using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/own-country.tsv; see the file's header.</summary>
[Flags]
internal enum OwnCountryCue
{
    None = 0,
    OwnCountry = 1,
}

/// <summary>
/// A speaker's own country as a side (issue 18, kind 9), after the scan: "his country" right before a trigger
/// is its subject (وقال لافروف إن بلاده تدعم وحدة سوريا), right after a trigger its agent (أكد الوزير المصري دعم
/// بلاده لوحدة السودان), and either way it is the country of the sentence's first side that has one, the one who
/// speaks, where the scan read a country named after the trigger as the actor. That country, when the event has
/// no recipient, is then the recipient. Word kind own-country (data/rules/own-country.tsv).
/// </summary>
internal static class OwnCountries
{
    private static readonly ProcliticWordKinds Words = new(
        "own-country.tsv",
        RuleFile.Rows("Marsad.data.rules.own-country.tsv"),
        static kind => (int)Enum.Parse<OwnCountryCue>(kind, ignoreCase: true));

    /// <summary>Whether a normalised word is a speaker's "own country", as written or through its proclitics.</summary>
    public static bool IsOwnCountry(ReadOnlySpan<char> word) => Words.Any(word, (int)OwnCountryCue.OwnCountry);

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || OwnWord(doc, e, first, end) is not (>= 0 and var own)
                || Speaker(doc, e.Sentence, own) is not { } speaker)
            {
                return e;
            }

            var actor = country(speaker);
            if (e.Actor.SequenceEqual([actor]))
            {
                return e;
            }

            // A side the scan took as actor that the sentence names after the trigger is what the act is done to.
            var (_, b) = doc.Sentence(e.Sentence);
            var after = e.Actor.Where(id => id != actor && Tokens.CountryOf(doc, id) != actor && NamedWithin(doc, id, end, b)).ToImmutableArray();
            var recipient = e.Recipient.IsEmpty ? after : e.Recipient.Remove(actor);
            return e with { Actor = [actor], Recipient = recipient };
        });

    /// <summary>
    /// The own-country word that is the trigger's subject (the word right before it) or its agent (the word right
    /// after it, when the scan named no actor before the trigger in its sentence), or -1.
    /// </summary>
    private static int OwnWord(EventDocument doc, EventRecord e, int first, int end)
    {
        if (doc.IsWord(first - 1) && IsOwnCountry(doc.Word(first - 1)))
        {
            return first - 1;
        }

        var (a, _) = doc.Sentence(e.Sentence);
        return doc.IsWord(end) && IsOwnCountry(doc.Word(end)) && !e.Actor.Any(id => NamedWithin(doc, id, a, first)) ? end : -1;
    }

    /// <summary>The country of the first side of the sentence before the own-country word that has one, a place (a dateline's city) not counted: the speaker.</summary>
    private static string? Speaker(EventDocument doc, int sentence, int own)
    {
        var (a, _) = doc.Sentence(sentence);
        for (var t = a; t < own; t++)
        {
            if (doc.MentionAt(t) is not { } mention)
            {
                continue;
            }

            var entity = mention.Entity;
            if (entity.Type != EntityType.Location && (entity.Type == EntityType.Country ? entity.Id : entity.Country) is { } id)
            {
                return id;
            }

            t = mention.End - 1;
        }

        return null;
    }

    /// <summary>Whether a mention of the side (itself, or the country a place lies in) starts in [from, end).</summary>
    private static bool NamedWithin(EventDocument doc, string id, int from, int end)
    {
        for (var t = Math.Max(from, 0); t < end; t++)
        {
            if (doc.MentionAt(t) is { } mention && (mention.Entity.Id == id || (mention.Entity.Type == EntityType.Location && mention.Entity.Country == id)))
            {
                return true;
            }
        }

        return false;
    }
}
