using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;

namespace Marsad.Events.Places;

/// <summary>
/// Where each event of a document happened, read after the scan from what it already found (the sentences,
/// the entity mentions at each token, the dateline). Rules, first that answers:
/// <list type="number">
/// <item>The event's own clause: the place nearest the trigger behind a preposition of place (data/rules/
///   event-places.tsv, kind at), perhaps through heads and directions (غارة على منزل في بلدة …، تظاهر المحتجون
///   في …، وصل إلى …، في شمال سوريا); else a named place (not a country) in the clause with no preposition,
///   nearest the trigger (قصفت مخيم جنين), since a country there is a side, not a setting.</item>
/// <item>Its sentence: the nearest place behind a preposition of place.</item>
/// <item>A visit with no place named: the host's city, the capital of the country visited.</item>
/// <item>The article's dateline (بيروت - رويترز): where the report was filed.</item>
/// </list>
/// A country gives precision country, a first-level region admin1, a capital standing for its government
/// (موسكو for Russia) is the city. A place with namesakes (طرابلس) is the one in the country the article is
/// about (the dateline's, else the first country named twice), else in a country the article names.
/// Stateless; one call per document.
/// </summary>
internal static class EventPlaces
{
    // How far back from a name the pass looks for its preposition through heads and directions (على منزل في بلدة).
    private const int MaxLead = 3;

    private readonly record struct Candidate(int Token, EntityRecord Entity, bool Metonym, bool Marked);

    public static ImmutableArray<EventRecord> Assign(EventDocument doc, ImmutableArray<EventRecord> events, int datelineEnd)
    {
        if (events.IsEmpty)
        {
            return events;
        }

        var candidates = Candidates(doc);
        if (candidates.Count == 0)
        {
            return events;
        }

        var gazetteer = PlaceGazetteer.Default;
        var dateline = candidates.FirstOrDefault(c => c.Token < datelineEnd) is { Entity: not null } d && d.Token < datelineEnd ? d : (Candidate?)null;
        var home = HomeCountry(doc, dateline, gazetteer);
        var countries = doc.Entities.Where(static e => e.Type == "COUNTRY").Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        var placed = events.ToBuilder();
        for (var k = 0; k < placed.Count; k++)
        {
            var e = placed[k];
            var (first, end) = doc.TokensOf(e.Trigger.Span);
            if (first < 0)
            {
                continue;
            }

            var (a, b) = doc.Sentence(e.Sentence);
            a = Math.Max(a, datelineEnd);
            var (clauseStart, clauseEnd) = Clause(doc, a, b, first, end);
            var chosen = Nearest(candidates, clauseStart, clauseEnd, first, marked: true)
                ?? Nearest(candidates, clauseStart, clauseEnd, first, marked: false)
                ?? Nearest(candidates, a, b, first, marked: true);
            var place = chosen is { } c ? Resolve(c, gazetteer, home, countries)
                : Host(e, gazetteer) ?? (dateline is { } at ? Resolve(at, gazetteer, home, countries) : null);
            if (place is not null)
            {
                placed[k] = e with { Place = place };
            }
        }

        return placed.MoveToImmutable();
    }

    /// <summary>Every mention of a place or country, in token order, with whether a preposition of place governs it.</summary>
    private static List<Candidate> Candidates(EventDocument doc)
    {
        var lexicon = PlaceLexicon.Default;
        var found = new List<Candidate>();
        for (var t = 0; t < doc.Tokens.Length; t++)
        {
            if (doc.MentionAt(t) is not { } mention || mention.Entity.Type is not ("LOCATION" or "COUNTRY"))
            {
                continue;
            }

            var metonym = false;
            if (mention.Entity.Type == "COUNTRY")
            {
                var form = mention.Entity.Mentions.FirstOrDefault(m => m.Span.Start == mention.MentionStart)?.Form;
                if (form is not (MentionForms.Name or MentionForms.Metonym))
                {
                    continue;
                }

                metonym = form == MentionForms.Metonym;
            }

            found.Add(new Candidate(t, mention.Entity, metonym, Marked(doc, lexicon, t, mention.MentionStart)));
            t = mention.End - 1;
        }

        return found;
    }

    /// <summary>
    /// Whether a preposition of place governs the name at token <paramref name="t"/>: a proclitic ب on the name
    /// itself (بغزة), or an at-word before it, perhaps behind a few heads and directions (في شمال …، على منزل في …).
    /// </summary>
    private static bool Marked(EventDocument doc, PlaceLexicon lexicon, int t, int mentionStart)
    {
        var token = doc.Tokens[t].Span;
        if (mentionStart > token.Start && doc.Text.Text.AsSpan(token.Start, mentionStart - token.Start).Contains('ب'))
        {
            return true;
        }

        for (var j = t - 1; j >= 0 && j >= t - MaxLead && doc.IsWord(j); j--)
        {
            var kinds = lexicon.Kinds(doc.Word(j));
            if ((kinds & PlaceWord.At) != 0)
            {
                return true;
            }

            if ((kinds & (PlaceWord.Head | PlaceWord.Direction)) == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The trigger's clause [start, end) inside [a, b): up to the boundary words on either side.</summary>
    private static (int Start, int End) Clause(EventDocument doc, int a, int b, int first, int end)
    {
        var start = a;
        for (var j = first - 1; j >= a; j--)
        {
            if (doc.IsBoundary(j))
            {
                start = j + 1;
                break;
            }
        }

        var stop = b;
        for (var j = end; j < b; j++)
        {
            if (doc.IsBoundary(j))
            {
                stop = j;
                break;
            }
        }

        return (start, stop);
    }

    /// <summary>
    /// The candidate in [from, to) nearest the trigger: governed by a preposition when <paramref name="marked"/>,
    /// else a named place (not a country) that none governs. Ties go to the one after the trigger.
    /// </summary>
    private static Candidate? Nearest(List<Candidate> candidates, int from, int to, int trigger, bool marked)
    {
        Candidate? best = null;
        var distance = int.MaxValue;
        foreach (var c in candidates)
        {
            if (c.Token < from || c.Token >= to || (marked ? !c.Marked : c.Marked || c.Entity.Type != "LOCATION"))
            {
                continue;
            }

            var d = Math.Abs(c.Token - trigger) * 2 - (c.Token > trigger ? 1 : 0);
            if (d < distance)
            {
                (best, distance) = (c, d);
            }
        }

        return best;
    }

    /// <summary>The event place a candidate stands for: a capital for a metonym, the article's namesake for a place.</summary>
    private static EventPlace Resolve(Candidate c, PlaceGazetteer gazetteer, string? home, HashSet<string> countries)
    {
        if (c.Entity.Type == "COUNTRY")
        {
            return c.Metonym && gazetteer.Capital(c.Entity.Id) is { } capital ? PlaceGazetteer.Of(capital)
                : gazetteer.Entry(c.Entity.Id) is { } country ? PlaceGazetteer.Of(country)
                : PlaceGazetteer.Of(c.Entity);
        }

        if (gazetteer.Entry(c.Entity.Id) is not { } entry)
        {
            return PlaceGazetteer.Of(c.Entity);
        }

        var namesakes = gazetteer.Namesakes(entry.Id);
        var chosen = namesakes.FirstOrDefault(p => home is not null && p.Country == home)
            ?? (entry.Country is { } own && countries.Contains(own) ? entry : null)
            ?? namesakes.FirstOrDefault(p => p.Country is { } other && countries.Contains(other))
            ?? entry;
        return PlaceGazetteer.Of(chosen);
    }

    /// <summary>A visit with no place named happens in the host's city: the capital of the first country visited.</summary>
    private static EventPlace? Host(EventRecord e, PlaceGazetteer gazetteer)
    {
        if (e.Mode != "visit")
        {
            return null;
        }

        foreach (var id in e.Recipient)
        {
            if (gazetteer.Entry(id) is { Type: "COUNTRY" } country)
            {
                return gazetteer.Capital(country.Id) is { } capital ? PlaceGazetteer.Of(capital) : PlaceGazetteer.Of(country);
            }
        }

        return null;
    }

    /// <summary>
    /// The country the article is about: its dateline's, else the first country named more than once. A dateline
    /// town with a namesake abroad (طرابلس) is read in the country named more than once.
    /// </summary>
    private static string? HomeCountry(EventDocument doc, Candidate? dateline, PlaceGazetteer gazetteer)
    {
        var named = doc.FocusCountry;
        if (dateline is not { } d)
        {
            return named;
        }

        if (d.Entity.Type == "COUNTRY")
        {
            return d.Entity.Id;
        }

        return gazetteer.Namesakes(d.Entity.Id).Any(p => p.Country == named) ? named
            : gazetteer.Entry(d.Entity.Id)?.Country ?? d.Entity.Country ?? named;
    }
}
