using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Recognition.Entities;

namespace Marsad.Events;

/// <summary>
/// Coding one trigger match: its actor, recipient, date and modality read off its clause, the decision asked,
/// the event record made (<see cref="Code"/>), with the side named inside the trigger's own words. Moved out of
/// EventScan.cs unchanged.
/// </summary>
internal sealed partial class EventScan
{
    private EventRecord? Code(int sentence, int a, int b, int i, TriggerMatch match)
    {
        var clauseStart = ClauseStart(a, i);
        var clauseEnd = ClauseEnd(match.End, b);
        if (!match.Trigger.Cues.IsEmpty && !HasCue(match.End, _candidates.CueReach(match.End, b, MaxCueDistance), match.Trigger.Cues))
        {
            return null;
        }


        // The entities between a trigger's words are its subject (أقامت كازاخستان علاقات); else, VSO, an
        // entity right after the trigger and behind no preposition, not a place (قصفت مخيم جنين: the camp is
        // the object); else, SVO, the nearest one before it.
        var after = NextSide(match.End, clauseEnd, markers: []);
        // A trigger that is itself the name of its actors (المتظاهرون) makes them the actor.
        // A verb that carries a plural subject (قتلوا، هاجموا) has it before it or in a pronoun: what
        // follows is its object, not its actor.
        var pluralVerb = match.End == i + 1 && (Word(i).EndsWith("وا", StringComparison.Ordinal) || Word(i).EndsWith("ون", StringComparison.Ordinal));
        // A verbal noun of purpose (للمطالبة، لدعم) or of manner (احتجاجا، تضامنا، مطالبين) takes the subject
        // of the clause it depends on: what follows it is its object (تأييدا لخطة السلام).
        var dependent = IsDependent(i, match);
        // An attack behind a preposition (قتل ثلاثة في هجوم، أصيبوا جراء انفجار، بانفجار) is the circumstance of
        // what came before: the one named before it is its victim, not its actor.
        var circumstance = match.Trigger.Event == PloverType.Assault && IsCircumstance(clauseStart, i, match);
        // The object of a condemnation (أدانت مصر الهجوم، ندد الاتحاد بالاعتقالات): the side before it condemned it.
        var condemned = IsCondemned(clauseStart, i);
        // A protest's own words may name its actors (آلاف المتظاهرين): they come first. (An attack's do
        // only when nothing else names them: شنت حماس هجوما انتحاريا is Hamas's.)
        Side? actor = null;
        for (var t = i; actor is null && match.Trigger.Event == PloverType.Protest && t < match.End; t++)
        {
            if (MentionAt(t) is { } own && IsCrowd(own.Entity))
            {
                actor = Compound(t, match.End);
            }
        }

        // After أنه / أنها (قال إنه قتل، اعترف بأنها استهدفت) the subject is the pronoun: what follows the
        // trigger is its object, and the actor is the one the pronoun stands for, named before it.
        var pronoun = PronounSubjectBefore(clauseStart, i);
        actor ??= pronoun >= 0 ? PreviousSide(pronoun + 1, i) ?? PreviousSide(a, pronoun)
            : !dependent && match.Gap >= 0 && MentionAt(match.Gap) is not null ? Compound(match.Gap, match.End)
            : MeetingSubject(i, match, clauseEnd) is { } host ? host
            : !dependent && !match.Reading.HasArticle && ReportedClauses.SubjectBefore(_doc, clauseStart, i) is var reported and >= 0 ? Compound(reported, i)
            : !dependent && !pluralVerb && after is { } vso && vso.Start <= match.End + 1 && (!_nominal.Contains(vso.Start) || IsInstrumentSubject(i, match, vso)) && !SideIds.AllIn(vso.Ids, _places) ? vso
            : !dependent && !pluralVerb && !match.Reading.HasArticle && TitleSubject(match.End, clauseEnd) is { } titled ? titled
            : (circumstance || condemned ? null : PreviousSide(clauseStart, i))
            ?? (pluralVerb ? ReporterOf(a, clauseStart) : null)
            ?? OwnSide(i, match.End, b);

        // A verb opening a relative clause is its antecedent's (المحتجين الذين تجمعوا), whatever subject the clause around
        // it has. It replaces a found actor only, so the decision model sees the same "has an actor" as it was trained on.
        if (actor is not null && !dependent && RelativeSubject(a, i, match, after) is { } antecedent)
        {
            actor = antecedent;
        }

        // A generic actor of a named group is that group: مسلحون من حركة حماس، مهاجم انتحاري من طالبان.
        if (actor is not null && SideIds.AllIn(actor.Ids, _generic) && GroupAfter(actor.End, b) is { } group)
        {
            actor = group;
        }

        // A body without a country led by one acts with it: قوة حفظ السلام بقيادة فرنسا.
        if (actor is not null && actor.End + 1 < b && Lexicon.Is(Word(actor.End), ScanWord.LedBy) && MentionAt(actor.End + 1) is { } leader
            && actor.Ids.All(id => _entities.FirstOrDefault(e => e.Id == id)?.Country is null) && Marker(actor.End + 1) is null)
        {
            actor = actor with { Ids = [.. actor.Ids, .. Compound(actor.End + 1, b).Ids] };
        }

        // An agent phrase names who did a violent deed, in the passive above all: قتل شاب برصاص قوات
        // إسرائيلية، خطف على أيدي مسلحين، هجوم تبنته طالبان، طائرة تابعة للقوات الأمريكية. After the trigger in
        // its clause it is the actor (what stood after the trigger was its object); elsewhere in the sentence
        // it fills a missing actor or names the group behind a generic one (انتحاري → طالبان).
        if (match.Trigger.Event is PloverType.Assault or PloverType.Coerce)
        {
            if (AgentSide(match.End, clauseEnd, ownerAt: match.End) is { } agent)
            {
                actor = agent;
            }
            else if ((actor is null || SideIds.AllIn(actor.Ids, _generic)) && (AgentSide(match.End, b) ?? AgentSide(a, i) ?? GroupBehindGeneric(a, b)) is { } named)
            {
                actor = named;
            }
        }

        if (SharedSubject(a, i, match, actor) is { } shared)
        {
            actor = shared;
        }

        var from = actor is not null && actor.Start >= match.End ? actor.End : match.End;
        var recipient = NextSide(from, clauseEnd, match.Trigger.RecipientMarkers) ?? FocusAfter(from, clauseEnd, match.Trigger)
            ?? (match.Trigger.Event is PloverType.Assault or PloverType.Protest ? null : Possessor(from, clauseEnd)) ?? MeetingObject(match, actor, clauseEnd);
        if (_responses.LeadReferent(match.Trigger.Event) is { } lead && IsReferenceNoun(from, clauseEnd))
        {
            recipient = new Side(from, from + 1, lead);
        }

        // A trigger noun with a nationality after it (غارة إسرائيلية، قصف روسي), or a subject noun with one
        // right before the trigger (الطائرات الإسرائيلية أطلقت), names its actor's country.
        if (actor is null && match.End < b && _adjectiveAt[match.End] is { } nationality)
        {
            actor = new Side(match.End, match.End + 1, [nationality.Id]);
        }
        else if (actor is null && !condemned && i - 1 >= clauseStart && _adjectiveAt[i - 1] is { } subject)
        {
            actor = new Side(i - 1, i, [subject.Id]);
        }

        // A reciprocal side with the other side empty (اتفق الجانبان، العلاقات بين البلدين) is both sides:
        // the first country named acts, the second receives.
        if (actor is null && recipient is { } both && _reciprocal.ContainsKey(both.Start))
        {
            (actor, recipient) = (both with { Ids = [both.Ids[0]] }, both with { Ids = [.. both.Ids.Skip(1)] });
        }
        else if (actor is { } pair && _reciprocal.ContainsKey(pair.Start) && pair.Ids.Length == 2 && (recipient is null || SideIds.AllIn(recipient.Ids, pair.Ids)))
        {
            (actor, recipient) = (pair with { Ids = [pair.Ids[0]] }, pair with { Ids = [pair.Ids[1]] });
        }

        actor = ArmedSide(actor, i, match);
        var actors = ActorIds(actor, sentence, a, b);
        var recipients = RecipientIds(recipient, sentence, a, b, actors);
        if ((recipients.IsEmpty || AllUnplaced(recipients)) && (CrowdInTrigger(i, match, sentence, a, b, actors) ?? TargetCountry(a, i, match, clauseEnd, actors)
            ?? (match.Trigger.Event == PloverType.Consult ? Host(a, b) : null)) is { } placedTarget
            && !actors.Contains(placedTarget))
        {
            recipients = [placedTarget];
        }
        var about = Agreements(match.End, clauseEnd);
        // Attacks and protests are news even when the text names no one behind them ("قتل شخص في انفجار");
        // an event of any other kind without an actor is more often a mention than an event.
        // A protest with no one named is held by protesters of the country it takes place in (مظاهرة في
        // القاهرة: Egyptian protesters), as CAMEO codes a crowd by where it is.
        if (actors.IsEmpty && match.Trigger.Event == PloverType.Protest && PlaceOf(a, b) is { } where)
        {
            actors = [PlacedProtesters(where)];
        }

        // Torture and executions that name no one are the state's, where they happen: its security forces
        // (تعرض للتعذيب خلال الاستجواب في مصر), as CAMEO codes them.
        if (actors.IsEmpty && match.Trigger.Mode is "torture" or "execute" && PlaceOf(a, b) is { } state)
        {
            actors = [PlacedSecurityForces(state)];
        }

        if (actors.IsEmpty && match.Trigger.Event is not (PloverType.Assault or PloverType.Protest))
        {
            return null;
        }

        if (RespondsTo(clauseStart, i, match) || HasEventSubject(i, match, b))
        {
            return null;
        }

        var (date, dateFrom) = DateOf(a, b, i, match.End);
        var id = EventCoder.Id(_documentId, sentence, _tokens[i].Span.Start);
        if (IsTopic(a, ClauseStart(a, i), i, match))
        {
            _merges.Topics.Add(id);
        }

        if (dependent)
        {
            _merges.Dependents.Add(id);
        }

        // (A protest named by its people, المتظاهرون right after هاجم, is the attack's subject, not its target.)
        var people = false;
        for (var t = i; t < match.End; t++)
        {
            people |= MentionAt(t) is { } crowd && IsCrowd(crowd.Entity);
        }

        if (match.Trigger.Event == PloverType.Protest && !people && (TriggerEndingAt(i) == PloverType.Assault
            || (i - 1 > a && Lexicon.Is(Word(i - 1), ScanWord.ProtestScene) && TriggerEndingAt(i - 1) == PloverType.Assault)))
        {
            _merges.Targets.Add(id);
        }

        // The decision: does the sentence report this occurrence? Dropped, kept, or kept marked.
        var modality = Modality(a, i, match, date, dateFrom);
        var decision = Decide(sentence, a, b, i, match, !actors.IsEmpty, !recipients.IsEmpty, dateFrom == DateSource.Text, modality);
        if (decision.Verdict == DecisionVerdict.Drop)
        {
            return null;
        }

        if (decision.Modality is { } marked && !modality.Contains(marked))
        {
            modality = [.. modality.Append(marked).Order()];
        }

        var trigger = new Mention(
            new TextSpan(_tokens[i].Span.Start, _tokens[match.End - 1].Span.End),
            _text.Text[_tokens[i].Span.Start.._tokens[match.End - 1].Span.End],
            "trigger");
        return new EventRecord(
            id,
            match.Trigger.Event,
            match.Trigger.Mode,
            match.Trigger.Contexts,
            match.Trigger.Cameo,
            actors,
            recipients,
            about,
            date,
            dateFrom,
            modality,
            sentence,
            trigger,
            match.Trigger.Id,
            match.Trigger.Goldstein);
    }

    /// <summary>A side named inside the trigger's own words (المتظاهرون، اعتقلت قوات الأمن), running on past it.</summary>
    private Side? OwnSide(int i, int end, int b)
    {
        for (var t = i; t < end; t++)
        {
            if (MentionAt(t) is not null)
            {
                return Compound(t, b);
            }
        }

        return null;
    }

    /// <summary>A generic group of people (protesters, gunmen), placed in a country or not: named only in role form.</summary>
    private static bool IsCrowd(EntityRecord entity) =>
        entity.Type == EntityType.Group && entity.Mentions.All(static m => m.Form == MentionForms.Role);
}
