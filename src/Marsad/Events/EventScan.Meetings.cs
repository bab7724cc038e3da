using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Model;

namespace Marsad.Events;

/// <summary>
/// The argument rules of issue 18 for meetings and visits: who meets whom (the subject and object of a meeting
/// verb, a title's holder read past its title) and a visit's host. Moved out of EventScan.Arguments.cs unchanged.
/// </summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// The subject of a meeting verb standing after it behind its titles (استقبل نائب رئيس الوزراء وزير
    /// الخارجية الأردني أيمن الصفدي، التقى المدير العام للوكالة الدولية رافائيل غروسي): the first person
    /// named behind no preposition within a title's length of the verb, passing the bodies the titles
    /// belong to (للوكالة، الإدارة السورية). Any other side right after the verb (استقبل الأردن وفدا)
    /// leaves the ordinary rules to decide.
    /// </summary>
    private Side? MeetingSubject(int i, TriggerMatch match, int clauseEnd)
    {
        // (The trigger's own reading says whether it is a definite noun: التقى is a verb, not ال + تقى.)
        if (match.Trigger.Event != PloverType.Consult || match.End != i + 1 || match.Reading.HasArticle)
        {
            return null;
        }

        for (var j = match.End; j < clauseEnd && j <= match.End + MaxTitleWords; j++)
        {
            if (!IsWord(j))
            {
                return null;
            }

            if (MentionAt(j) is { } mention)
            {
                if (mention.Entity.Type == EntityType.Person && Marker(j) is null)
                {
                    return Compound(j, clauseEnd);
                }

                // A side right after the verb is its own subject or object; one after a title word is the
                // body the title belongs to (قائد الإدارة السورية), passed over.
                if (j == match.End)
                {
                    return null;
                }

                j = mention.End - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Whom a meeting verb's subject, named after the verb, meets: the next side of the clause behind no
    /// preposition (استقبل الصفدي في عمّان، الثلاثاء، وزير الخارجية العماني), places and times passed over.
    /// </summary>
    private Side? MeetingObject(TriggerMatch match, Side? actor, int clauseEnd)
    {
        if (match.Trigger.Event != PloverType.Consult || actor is null || actor.Start < match.End)
        {
            return null;
        }

        for (var j = actor.End; j < clauseEnd; j++)
        {
            if (MentionAt(j) is { } mention)
            {
                if (Marker(j) is null && !_places.Contains(mention.Entity.Id))
                {
                    return Compound(j, clauseEnd);
                }

                j = mention.End - 1;
            }
        }

        return null;
    }

    /// <summary>The host of a visit: the first side of the sentence behind the preposition of destination (وصل إلى أنقرة).</summary>
    private string? Host(int a, int b)
    {
        for (var j = a; j < b; j++)
        {
            if (MentionAt(j) is { } mention && Marker(j) is { } marker && Marsad.Recognition.Entities.NameKey.Of(marker) is [var key]
                && ArgumentLexicon.Default.Is(key, ArgumentCue.Destination))
            {
                return PlaceAsCountry(mention.Entity.Id);
            }
        }

        return null;
    }
}
