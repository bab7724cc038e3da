using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>What the passes after the scan ask of the sentence tokens around an event: cue words and the mention a few words on.</summary>
internal static class Tokens
{
    /// <summary>Whether token <paramref name="j"/> is a word of the kind (data/rules/event-arguments.tsv).</summary>
    public static bool Is(EventDocument doc, int j, ArgumentCue kind) =>
        doc.IsWord(j) && ArgumentLexicon.Default.Is(doc.Word(j), kind);

    /// <summary>
    /// The mention that starts at token <paramref name="from"/> or behind at most <paramref name="words"/> words
    /// (titles, ranks, a nisba: من نظيره الإيراني عباس عراقجي), before <paramref name="end"/>; a comma or any other
    /// token that is no word or quote ends the search, so a mention of the next phrase is never taken.
    /// </summary>
    public static (EntityRecordMention Mention, int Start)? MentionWithin(EventDocument doc, int from, int words, int end)
    {
        for (var t = from; t < end && t <= from + words; t++)
        {
            if (doc.MentionAt(t) is { } mention)
            {
                return (new EntityRecordMention(mention.Entity, mention.End), t);
            }

            if (!doc.IsWord(t) && !IsQuote(doc.Word(t)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the mention names one of the event's actors, itself or as the country of an actor (a nisba on the subject).</summary>
    public static bool NamesActor(EventDocument doc, EventRecord e, EntityRecord entity)
    {
        // A loop, not a query: it is asked at every mention a pass walks past, and a query made a closure each time.
        if (e.Actor.Contains(entity.Id))
        {
            return true;
        }

        if (entity.Type == EntityType.Country)
        {
            foreach (var id in e.Actor)
            {
                if (CountryOf(doc, id) == entity.Id)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="j"/> is a comma (Latin or Arabic).</summary>
    public static bool IsComma(EventDocument doc, int j) =>
        j >= 0 && j < doc.Tokens.Length && doc.Tokens[j].Kind == Marsad.Text.TokenKind.Punctuation && doc.Word(j) is [',' or '\u060C'];

    /// <summary>
    /// Whether token <paramref name="j"/> is a comma beside a time (، الثلاثاء،): one of the commas that set a time off
    /// inside a clause, which does not end it; <paramref name="end"/> bounds the look after it.
    /// </summary>
    public static bool IsCommaBesideTime(EventDocument doc, int j, int end) =>
        IsComma(doc, j) && (doc.InTime[j - 1] || (j + 1 < end && doc.InTime[j + 1]));

    /// <summary>A place stands for its country (a target in غزة strikes PSE), made a side; any other entity for itself.</summary>
    public static string? SideOf(EntityRecord entity, Func<string, string> country) =>
        entity.Type != EntityType.Location ? entity.Id : entity.Country is { } id ? country(id) : null;

    /// <summary>Quotes around a name (مظاهرة نظمتها «كفاية») are part of the phrase, not its end.</summary>
    private static bool IsQuote(ReadOnlySpan<char> token) => token is "«" or "»" or "\"" or "“" or "”";

    /// <summary>The country of a side: its own id for a country, else its entity's country.</summary>
    public static string? CountryOf(EventDocument doc, string id)
    {
        foreach (var entity in doc.Entities)
        {
            if (entity.Id == id)
            {
                return entity.Type == EntityType.Country ? entity.Id : entity.Country;
            }
        }

        return id.Length == 3 ? id : null;
    }
}

/// <summary>An entity as a mention names it, with the token its mention ends before.</summary>
internal readonly record struct EntityRecordMention(Marsad.Model.EntityRecord Entity, int End);
