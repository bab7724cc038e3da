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
/// <item>A visit with no place named: the host's city, the capital of the country visited or of the seat of
///   government visited (البيت الأبيض → Washington).</item>
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

    // Token: where the name starts; End: the token after it; Lead: the first token of the preposition, heads and
    // directions before it (the name itself when none governs it); Member: a word of kind side stands right before
    // it or begins it (دول الخليج), so the name says who acts, not where.
    private readonly record struct Candidate(int Token, int End, EntityRecord Entity, bool Metonym, bool Marked, int Lead, bool Member = false);

    public static ImmutableArray<EventRecord> Assign(EventDocument doc, ImmutableArray<EventRecord> events, int datelineEnd)
    {
        if (events.IsEmpty)
        {
            return events;
        }

        // With no place named, only a visit can still be placed (at its host's city).
        var candidates = Candidates(doc);
        if (candidates.Count == 0 && !events.Any(static e => e.Mode == "visit"))
        {
            return events;
        }

        var gazetteer = PlaceGazetteer.Default;
        Candidate? dateline = candidates.Count > 0 && candidates[0].Token < datelineEnd ? candidates[0] : null;

        // What the article is about is asked only for a town with namesakes, which most documents lack.
        var context = new ArticleCountries(doc, dateline, gazetteer);
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
            var chosen = Nearest(candidates, clauseStart, clauseEnd, first, marked: true, e)
                ?? Nearest(candidates, clauseStart, clauseEnd, first, marked: false, e)
                ?? Nearest(candidates, a, b, first, marked: true, e);
            var place = chosen is { } c ? Resolve(Within(candidates, c), gazetteer, context)
                : Host(e, gazetteer) ?? (dateline is { } at ? Resolve(at, gazetteer, context) : null);
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
            // "The capital" with a nationality after it (العاصمة التونسية) is that country's capital.
            if (doc.IsWord(t) && t + 1 < doc.Tokens.Length && doc.AdjectiveAt[t + 1] is { } nation
                && (lexicon.Kinds(doc.Word(t)) & PlaceWord.Capital) != 0)
            {
                var (capitalMarked, capitalLead) = Marked(doc, lexicon, t, doc.Tokens[t].Span.Start);
                found.Add(new Candidate(t, t + 2, nation, Metonym: true, capitalMarked, capitalLead));
                t++;
                continue;
            }

            if (doc.MentionAt(t) is not { } mention || mention.Entity.Type is not (EntityType.Location or EntityType.Country)
                || IsOnlyPlaceWords(doc, lexicon, t, mention.End, mention.Entity))
            {
                continue;
            }

            var metonym = false;
            if (mention.Entity.Type == EntityType.Country)
            {
                string? form = null;
                foreach (var m in mention.Entity.Mentions)
                {
                    if (m.Span.Start == mention.MentionStart)
                    {
                        form = m.Form;
                        break;
                    }
                }

                if (form is not (MentionForms.Name or MentionForms.Metonym))
                {
                    continue;
                }

                metonym = form == MentionForms.Metonym;
            }

            var (marked, lead) = Marked(doc, lexicon, t, mention.MentionStart);
            // A group's noun before the name or as the name's first word (دول الخليج is a name of the Gulf region too).
            var member = !marked && (IsSide(doc, lexicon, t - 1) || (mention.End - t > 1 && IsSide(doc, lexicon, t)));
            found.Add(new Candidate(t, mention.End, mention.Entity, metonym, marked, lead, member));
            t = mention.End - 1;
        }

        return found;
    }

    private static bool IsSide(EventDocument doc, PlaceLexicon lexicon, int j) => doc.IsWord(j) && (lexicon.Kinds(doc.Word(j)) & PlaceWord.Side) != 0;

    /// <summary>
    /// Whether a name the knowledge base does not hold is only words of the lexicon (ريف in في ريف محافظة إدلب, a
    /// direction the recogniser took for an unknown place): a part of the place named after it, not a place.
    /// </summary>
    private static bool IsOnlyPlaceWords(EventDocument doc, PlaceLexicon lexicon, int t, int end, EntityRecord entity)
    {
        if (PlaceGazetteer.Default.Entry(entity.Id) is not null)
        {
            return false;
        }

        for (var j = t; j < end; j++)
        {
            if (doc.IsWord(j) && (lexicon.Kinds(doc.Word(j)) & (PlaceWord.Head | PlaceWord.Direction)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a preposition of place governs the name at token <paramref name="t"/>: a proclitic ب on the name
    /// itself (بغزة), or an at-word before it, perhaps behind a few heads and directions (في شمال …، على منزل في …);
    /// and the first token of that lead.
    /// </summary>
    private static (bool Marked, int Lead) Marked(EventDocument doc, PlaceLexicon lexicon, int t, int mentionStart)
    {
        var token = doc.Tokens[t].Span;
        if (mentionStart > token.Start && doc.Text.Text.AsSpan(token.Start, mentionStart - token.Start).Contains('ب'))
        {
            return (true, t);
        }

        for (var j = t - 1; j >= 0 && j >= t - MaxLead && doc.IsWord(j); j--)
        {
            var kinds = lexicon.Kinds(doc.Word(j));
            if ((kinds & PlaceWord.At) != 0)
            {
                return (true, j);
            }

            if ((kinds & (PlaceWord.Head | PlaceWord.Direction)) == 0)
            {
                return (false, t);
            }
        }

        return (false, t);
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
    /// else a named place (not a country) that none governs and that is not one of the event's sides nor a member
    /// of one (دول الخليج is who acts, not where). Ties go to the one after the trigger.
    /// </summary>
    private static Candidate? Nearest(List<Candidate> candidates, int from, int to, int trigger, bool marked, EventRecord e)
    {
        Candidate? best = null;
        var distance = int.MaxValue;
        foreach (var c in candidates)
        {
            if (c.Token < from || c.Token >= to || (marked ? !c.Marked : c.Marked || c.Member || c.Entity.Type != EntityType.Location
                || e.Actor.Contains(c.Entity.Id) || e.Recipient.Contains(c.Entity.Id)))
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

    /// <summary>
    /// A place named right before the chosen one's preposition is inside it and more precise (مدينة الخليل في
    /// الضفة الغربية، بلدات في ريف إدلب): that one, unless the knowledge base lacks it and holds the chosen one. A
    /// place the knowledge base lacks, named right before the known place it lies in (بمدينة الصدر في بغداد), gives
    /// way to that one, which has a point.
    /// </summary>
    private static Candidate Within(List<Candidate> candidates, Candidate chosen)
    {
        var gazetteer = PlaceGazetteer.Default;
        var unknown = gazetteer.Entry(chosen.Entity.Id) is null;
        foreach (var c in candidates)
        {
            if (c.End == chosen.Lead && chosen.Lead < chosen.Token && c.Entity.Type == EntityType.Location && (unknown || gazetteer.Entry(c.Entity.Id) is not null))
            {
                return c;
            }

            if (unknown && c.Marked && c.Lead == chosen.End && c.Lead < c.Token && gazetteer.Entry(c.Entity.Id) is not null)
            {
                return c;
            }
        }

        return chosen;
    }

    /// <summary>The event place a candidate stands for: a capital for a metonym, the article's namesake for a place.</summary>
    private static EventPlace Resolve(Candidate c, PlaceGazetteer gazetteer, ArticleCountries context)
    {
        if (c.Entity.Type == EntityType.Country)
        {
            return c.Metonym && gazetteer.Capital(c.Entity.Id) is { } capital ? gazetteer.Place(capital)
                : gazetteer.Entry(c.Entity.Id) is { } country ? gazetteer.Place(country)
                : PlaceGazetteer.Of(c.Entity);
        }

        if (gazetteer.Entry(c.Entity.Id) is not { } entry)
        {
            return gazetteer.Within(c.Entity.Name) is { } inside ? gazetteer.Place(inside) : PlaceGazetteer.Of(c.Entity);
        }

        var namesakes = gazetteer.Namesakes(entry.Id);
        if (namesakes.IsEmpty)
        {
            return gazetteer.Place(entry);
        }

        // The namesake in the article's country, else the recogniser's pick if the article names its country,
        // else a namesake in a country the article names.
        var home = context.Home;
        foreach (var p in namesakes)
        {
            if (home is not null && p.Country == home)
            {
                return gazetteer.Place(p);
            }
        }

        if (entry.Country is { } own && context.Named.Contains(own))
        {
            return gazetteer.Place(entry);
        }

        foreach (var p in namesakes)
        {
            if (p.Country is { } other && context.Named.Contains(other))
            {
                return gazetteer.Place(p);
            }
        }

        return gazetteer.Place(entry);
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
            if (gazetteer.Entry(id) is { Type: EntityType.Country } country)
            {
                return gazetteer.Capital(country.Id) is { } capital ? PlaceGazetteer.Of(capital) : PlaceGazetteer.Of(country);
            }

            // A seat that stands for a government (البيت الأبيض، الكرملين، الإليزيه) is in its country's capital.
            if (gazetteer.Entry(id) is { IsMetonym: true, Country: { } seat } && gazetteer.Capital(seat) is { } seatCapital)
            {
                return PlaceGazetteer.Of(seatCapital);
            }
        }

        return null;
    }

    /// <summary>
    /// The countries an article names and the one it is about — its dateline's, else the first country named more
    /// than once; a dateline town with a namesake abroad (طرابلس) is read in the country named more than once, else
    /// in one the article names at all (العاصمة الليبية طرابلس). Found at the first ask.
    /// </summary>
    private sealed class ArticleCountries(EventDocument doc, Candidate? dateline, PlaceGazetteer gazetteer)
    {
        private HashSet<string>? _named;

        private (bool Known, string? Id) _home;

        public HashSet<string> Named => _named ??= doc.Entities.Where(static e => e.Type == EntityType.Country).Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);

        public string? Home
        {
            get
            {
                if (!_home.Known)
                {
                    _home = (true, Find());
                }

                return _home.Id;
            }
        }

        private string? Find()
        {
            var twice = doc.Entities.Where(static e => e.Type == EntityType.Country && e.Mentions.Length > 1)
                .OrderBy(static e => e.Mentions.Min(static m => m.Span.Start)).FirstOrDefault()?.Id;
            if (dateline is not { } d)
            {
                return twice;
            }

            if (d.Entity.Type == EntityType.Country)
            {
                return d.Entity.Id;
            }

            var namesakes = gazetteer.Namesakes(d.Entity.Id);
            if (namesakes.Any(p => p.Country == twice))
            {
                return twice;
            }

            return namesakes.FirstOrDefault(p => p.Country is { } c && Named.Contains(c))?.Country
                ?? gazetteer.Entry(d.Entity.Id)?.Country ?? d.Entity.Country ?? twice;
        }
    }
}
