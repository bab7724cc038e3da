using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// The argument rules of issue 18 that read a side off the words around it: an instrument's nationality, a
/// target's place, a possessor, a response's referent, a subject shared by joined verbs (meetings and a visit's host: EventScan.Meetings.cs).
/// </summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// Whether a noun with a nationality right after a violent verb is the verb's subject rather than its
    /// passive victim: a weapon or force (data/rules/event-arguments.tsv, kind instrument) fights for its
    /// country, named by the side or by the word before it (قصفت مدفعية تركية قرى، شنت طائرات حربية إسرائيلية
    /// غارات), where a person there is more often the one the deed befell (قتل جندي أمريكي).
    /// </summary>
    private bool IsInstrumentSubject(int i, TriggerMatch match, Side side) =>
        match.Trigger.Event is PloverType.Assault or PloverType.Coerce && side.Start <= match.End + 1
        && (ArgumentLexicon.Default.Is(Word(side.Start), ArgumentCue.Instrument)
            || (side.Start - 1 > i && ArgumentLexicon.Default.Is(Word(side.Start - 1), ArgumentCue.Instrument)));

    /// <summary>
    /// The country of the place an attack strikes when no side is named as its target (or only a place with no
    /// country, قرية كفر مالك شرق رام الله): the first placed place after the trigger in its clause, that of
    /// the one that underwent it (<see cref="UndergoerCountry"/>), or a country behind في (غارة على مستودع في ريف دمشق → Syria, قصف منزلا في
    /// بلدة بجنوب لبنان → Lebanon). A place in the actor's own country names no target.
    /// </summary>
    private string? TargetCountry(int a, int i, TriggerMatch match, int clauseEnd, ImmutableArray<string> actors)
    {
        if (match.Trigger.Event != PloverType.Assault || (PlaceOf(match.End, clauseEnd) ?? UndergoerCountry(a, i)) is not { } country)
        {
            return null;
        }

        foreach (var id in actors)
        {
            if (id == country || CountryOf(id) == country)
            {
                return null;
            }
        }

        return CountrySide(country);
    }

    /// <summary>
    /// The country of the place that underwent an attack: in تعرض حقل للغاز في محافظة السليمانية لهجوم the
    /// subject of the verb of undergoing (data/rules/event-arguments.tsv, kind undergo) before the attack in
    /// its clause is the target, so the place named with it is where the attack struck.
    /// </summary>
    private string? UndergoerCountry(int a, int i)
    {
        var clauseStart = ClauseStart(a, i);
        for (var j = clauseStart; j < i; j++)
        {
            if (IsWord(j) && ArgumentLexicon.Default.Is(Word(j), ArgumentCue.Undergo))
            {
                return PlaceOf(j + 1, i);
            }
        }

        return null;
    }

    /// <summary>Whether every recipient is a place the knowledge base does not place in a country (قرية كفر مالك).</summary>
    private bool AllUnplaced(ImmutableArray<string> ids)
    {
        foreach (var id in ids)
        {
            if (!_places.Contains(id) || EntityOf(id)?.Country is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A place is not a side: a recipient named by a place (قصفت بلدات ريف إدلب، وصل إلى أنقرة) is the country
    /// it lies in, as a target placed in a country is that country. A place with no country stays itself.
    /// (The decision pass weighs whether a candidate has a recipient, so a recipient found is not dropped here.)
    /// </summary>
    private string PlaceAsCountry(string id) =>
        _places.Contains(id) && EntityOf(id)?.Country is { } country ? CountrySide(country) : id;

    /// <summary>The document's entity of id <paramref name="id"/>, the first if several: a loop, where a query made a closure at every ask.</summary>
    private EntityRecord? EntityOf(string id)
    {
        foreach (var entity in _entities)
        {
            if (entity.Id == id)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// A country as a side of an event: the document's own entity when the text names it, else an entity made
    /// from the knowledge base without mentions (the text names only a place in it), so that every side of an
    /// event is among the document's entities.
    /// </summary>
    private string CountrySide(string country)
    {
        if (_synthetic.ContainsKey(country) || EntityOf(country) is not null
            || !KnowledgeBase.Default.ById.TryGetValue(country, out var entry))
        {
            return country;
        }

        _synthetic[country] = new EntityRecord(country, entry.Type, entry.Name, entry.Arabic.FirstOrDefault(), entry.Wikidata, country, entry.Sector, true, []);
        return country;
    }

    /// <summary>
    /// Whether the trigger is a definite event noun that is the object of an earlier trigger of another type in
    /// its clause and refers back to an event of its type the document already reported (شنت القوات هجوما …
    /// وأدانت الخارجية الهجوم): then it is no new event, and the response it ends is noted to point at that
    /// event's actor (<see cref="ResponseReferences"/>).
    /// </summary>
    private bool RespondsTo(int clauseStart, int i, TriggerMatch match)
    {
        if (!IsDefinite(i) || _responses.EarlierActor(match.Trigger.Event) is not { } actor)
        {
            return false;
        }

        for (var end = i; end > clauseStart; end--)
        {
            if (_triggerEndingAt.TryGetValue(end, out var type) && type != match.Trigger.Event)
            {
                _responses.Point(end, actor, [.. Sides(end, i)], match.Trigger.Event);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the object right after a trigger (and its actor) is a noun naming the news already told
    /// (بالخطوة، القرار), passing a time set off between them (ورحب الرئيس، السبت، بالخطوة).
    /// </summary>
    private bool IsReferenceNoun(int from, int clauseEnd)
    {
        while (from < clauseEnd && (!IsWord(from) || _inTime[from]))
        {
            from++;
        }

        return from < clauseEnd && ArgumentLexicon.Default.Is(Word(from), ArgumentCue.ReferenceNoun);
    }

    /// <summary>Whether the word at token i carries the article, read through its proclitics (الغارة، بالهجوم).</summary>
    private bool IsDefinite(int i)
    {
        Span<Text.CliticReading> readings = stackalloc Text.CliticReading[Text.ArabicClitics.MaxReadings];
        var word = Word(i);
        var count = Text.ArabicClitics.GetReadings(word, readings);
        for (var r = 0; r < count; r++)
        {
            if (readings[r].HasArticle)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Verbs joined by a conjunction share their subject (<see cref="SharedSubjects"/>): a verb with the
    /// conjunction on it and no subject after it takes the actor of the last trigger coded before it in its
    /// sentence, unless the side before it stands before that trigger too (then it is the subject of both);
    /// a side inside or after the earlier trigger is that trigger's object.
    /// </summary>
    private Side? SharedSubject(int a, int i, TriggerMatch match, Side? actor)
    {
        if (match.End != i + 1 || IsDefinite(i) || !ArgumentLexicon.Default.StartsWith(Word(i), ArgumentCue.Conjunction)
            || (actor is not null && actor.Start >= match.End))
        {
            return null;
        }

        if (_subjects.Last(a, i) is not { } previous)
        {
            // No verb before it coded an event: a reported clause's subject is still the subject of both.
            return actor is null && ReportedClauses.LastSubject(_doc, a, i) is var subject and >= 0 ? Compound(subject, i) : null;
        }

        return actor is not null && actor.Start < _triggerStartEndingAt.GetValueOrDefault(previous.End, previous.End) ? null : new Side(i, i, previous.Actor);
    }

    /// <summary>
    /// A possessor as recipient (تدعم فرنسا جهود قطر، انتقد قرار الترويكا): the first side after the actor in
    /// the clause that stands behind no preposition right after a noun that is no side itself.
    /// </summary>
    private Side? Possessor(int from, int clauseEnd)
    {
        for (var j = from + 1; j < clauseEnd; j++)
        {
            if (MentionAt(j) is { } mention)
            {
                return Marker(j) is null && IsNoun(j - 1) && MentionAt(j - 1) is null && !_nominal.Contains(j) ? Compound(j, clauseEnd) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether token j is one of the two commas that set a time off inside a clause (وأدانت الخارجية، الخميس،
    /// الهجوم؛ استقبل الشرع في دمشق، الثلاثاء، وفدا): the time is parenthetical, the clause runs on through it.
    /// </summary>
    private bool IsParentheticalComma(int j)
    {
        if (_tokens[j].Kind != TokenKind.Punctuation || Word(j) is not ("،" or ","))
        {
            return false;
        }

        return CommaAcrossTime(j, +1) || CommaAcrossTime(j, -1);
    }

    // Whether the tokens from j in the direction step up to the next comma are all of one time expression.
    private bool CommaAcrossTime(int j, int step)
    {
        var t = j + step;
        var inside = 0;
        for (; t >= 0 && t < _tokens.Length && _inTime[t]; t += step)
        {
            inside++;
        }

        return inside > 0 && inside <= MaxTitleWords && t >= 0 && t < _tokens.Length && Word(t) is "،" or ",";
    }

    // The most words a title before a name runs to (نائب رئيس الوزراء وزير الخارجية الأردني).
    private const int MaxTitleWords = 8;

    /// <summary>
    /// Whether a one-word violent verb has an event noun of its own type right after it as its subject
    /// (استهدفت غارة إسرائيلية منزلا، أسفر قصف عن): the noun tells the event with its sides, and the verb is
    /// not a second one.
    /// </summary>
    private bool HasEventSubject(int i, TriggerMatch match, int b) =>
        match.End == i + 1 && !IsDefinite(i) && match.End < b && MatchTrigger(match.End, b) is { } next
        && next.Trigger.Event == match.Trigger.Event;

    /// <summary>
    /// The crowd a trigger's own words name as its object (فرقت المتظاهرين، اعتقال المحتجين), placed in the
    /// country of the sentence: the recipient of anything but the protest itself.
    /// </summary>
    private string? CrowdInTrigger(int i, TriggerMatch match, int sentence, int a, int b, ImmutableArray<string> actors)
    {
        for (var t = i; match.Trigger.Event != PloverType.Protest && t < match.End; t++)
        {
            if (MentionAt(t) is { } own && IsCrowd(own.Entity))
            {
                return PlacedBy(own.Entity.Id, sentence, a, b, actors);
            }
        }

        return null;
    }

    /// <summary>
    /// A generic side placed where its sentence is set (<see cref="Placed"/>), else, when the sentence names
    /// no place, in the country of the actor that acts on it: the crowd the Jordanian police disperse is in Jordan.
    /// </summary>
    private string PlacedBy(string id, int sentence, int a, int b, ImmutableArray<string> actors)
    {
        var placed = Placed(id, sentence, a, b);
        if (placed != id || !_generic.Contains(id) || actors.Select(CountryOf).FirstOrDefault(static c => c is not null) is not { } country)
        {
            return placed;
        }

        _placed[(id, sentence)] = country;
        return $"{id}/{country}";
    }

    /// <summary>The country of a side: its own id for a country, else the country of its entity (recognised or made here).</summary>
    private string? CountryOf(string id) =>
        EntityOf(id) is { } entity ? entity.Type == EntityType.Country ? entity.Id : entity.Country
        : _synthetic.TryGetValue(id, out var made) ? made.Country ?? (made.Type == EntityType.Country ? made.Id : null)
        : null;

    /// <summary>
    /// Weapons and forces with a nationality are that country's armed forces: an attack's actor named by an
    /// instrument (data/rules/event-arguments.tsv) with a nationality (مدفعية تركية، قوات إسرائيلية، برصاص
    /// جنود…) or by the nationality on the attack noun itself (غارة إسرائيلية، قصف روسي) is the army of that
    /// country, so it carries the military sector as CAMEO codes it; any other side stays as it is.
    /// </summary>
    private Side? ArmedSide(Side? actor, int i, TriggerMatch match)
    {
        if (actor is null || match.Trigger.Event != PloverType.Assault || actor.Ids.Length != 1 || actor.Ids[0].Length != 3)
        {
            return actor;
        }

        var instrument = _nominal.Contains(actor.Start)
            && (ArgumentLexicon.Default.Is(Word(actor.Start), ArgumentCue.Instrument)
                || (actor.Start - 1 >= i && ArgumentLexicon.Default.Is(Word(actor.Start - 1), ArgumentCue.Instrument)));
        var onTrigger = actor.Start == match.End && actor.End == match.End + 1 && _adjectiveAt[actor.Start] is not null;
        return !instrument && !onTrigger || Army is null ? actor : actor with { Ids = [NationalForce(actor.Ids[0], security: false)] };
    }

    /// <summary>
    /// The passes of issue 18 that read the scan's events against the sentence tokens (<see cref="AfterScan"/>), and
    /// the attacks the merges took in back where those passes name them a doer of their own (<see cref="Unmerges"/>).
    /// The attacks taken in pass alone, so the document's events read the same neighbours whatever they gain. A
    /// claimed attack then takes the day it was told with (<see cref="ClaimedActDates"/>).
    /// </summary>
    public ImmutableArray<EventRecord> WithArgumentPasses(ImmutableArray<EventRecord> events) =>
        ClaimedActDates.Apply(_doc, Unmerged(events), _times, _published);

    private ImmutableArray<EventRecord> Unmerged(ImmutableArray<EventRecord> events)
    {
        var passed = AfterScan.Apply(_doc, events, NationalForce, CountrySide, AgentSide, _coder.Forces, _responses.PointedBack, _datelineEnd);
        if (_merges.Absorbed.Count == 0)
        {
            return passed;
        }

        var absorbed = AfterScan.Apply(_doc, [.. _merges.Absorbed.Select(static x => x.Absorbed)], NationalForce, CountrySide, AgentSide, _coder.Forces, [], _datelineEnd);
        return Unmerges.Restore(passed, absorbed, [.. _merges.Absorbed.Select(static x => x.Holder)]);
    }

    /// <summary>
    /// A class of agents named by a noun (الجنود، المتمردون) as a side: the document's entity of that id, else one
    /// made from the knowledge base without a country, carrying the class's sector (the army MIL, rebels REB).
    /// </summary>
    private string? AgentSide(string id)
    {
        if (_synthetic.ContainsKey(id) || EntityOf(id) is not null)
        {
            return id;
        }

        var record = KnowledgeBase.Default.Institutions.FirstOrDefault(x => x.Id == id) is { } institution
            ? new EntityRecord(id, EntityType.Organization, institution.Name, institution.Arabic.FirstOrDefault(), null, null, institution.Sector, true, [])
            : KnowledgeBase.Default.ById.TryGetValue(id, out var entry)
            ? new EntityRecord(id, entry.Type, entry.Name, entry.Arabic.FirstOrDefault(), entry.Wikidata, entry.Country, entry.Sector, true, [])
            : null;
        if (record is null)
        {
            return null;
        }

        _synthetic[id] = record;
        return id;
    }


    /// <summary>The side of a country's security forces or, else, its army (made like the placed forces above).</summary>
    private string NationalForce(string country, bool security) =>
        security ? PlacedSecurityForces(country)
        : Army is { } army ? Synthetic($"{army.Id}/{country}", EntityType.Organization, army.Name, army.Arabic.FirstOrDefault(), country, army.Sector)
        : country;

    /// <summary>The knowledge base's institution of a country's armed forces, which a weapon's nationality names.</summary>
    private static KbInstitution? Army { get; } = KnowledgeBase.Default.Institutions.FirstOrDefault(static x => x.Id == "institution/army");
}
