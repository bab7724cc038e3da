using System.Collections.Immutable;
using System.Globalization;
using Marsad.Events.Decision;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The events of a document and its entities, generic actors placed where they acted.</summary>
public sealed record EventCoding(ImmutableArray<EventRecord> Events, ImmutableArray<EntityRecord> Entities);

/// <summary>
/// Codes events sentence by sentence: trigger patterns (data/rules/event-triggers.tsv) give the PLOVER
/// type, mode, context and CAMEO code; actors and recipients come from the entities of the clause;
/// the clause's own time expression dates the event; modality comes from the words around the trigger
/// (data/rules/event-modality.tsv) and from the date. Rules:
/// <list type="number">
/// <item>A trigger is matched on normalised words, each read through its clitics (بالانضمام، وأقامت),
///   longest first; entity names may stand between its words (إقامة المغرب والبحرين علاقات).</item>
/// <item>The actor is the entity right after the trigger when no preposition marks it (VSO: وأقامت
///   كازاخستان علاقات), else the nearest entity before it in the same clause (SVO; a clause ends at
///   ، إن أن الذي التي لكن…). Entities joined by و are one compound side. No actor, no event, but for
///   attacks and protests, which news reports with their perpetrators unknown.</item>
/// <item>The recipient is the first entity after the trigger (and actor) behind one of the trigger's
///   prepositions (مع إسرائيل), or, for triggers whose object is the recipient, the entity right after
///   the actor; an agreement goes to <c>about</c>. "الدولة" / "البلاد" there stands for the document's
///   main country.</item>
/// <item>The date is the nearest time expression of the sentence (date_from "text"), else the published
///   date (date_from "published"). An event dated before publication by its text is historical.</item>
/// <item>One event per trigger; events of a sentence with the same type and sides are one.</item>
/// </list>
/// Frozen and thread-safe.
/// </summary>
public sealed class EventCoder
{
    private readonly TokenTrie<EventTrigger> _triggers = new();
    private readonly TokenTrie<string> _modality = new();

    private readonly HashSet<string> _numberWords = new(StringComparer.Ordinal);

    private readonly TokenTrie<KbInstitution> _forces = new();

    private EventCoder(EventTriggerTable table)
    {
        foreach (var trigger in table.Triggers)
        {
            foreach (var form in trigger.Forms)
            {
                _triggers.Add(NameKey.Of(form), trigger);
            }
        }

        foreach (var row in RuleFile.Rows("Marsad.data.rules.event-modality.tsv"))
        {
            _modality.Add(NameKey.Of(row[0]), row[1].Trim());
        }

        // Security forces with no country of their own (الشرطة، الجيش، قوات الأمن): the coder places them
        // where their sentence is set when the recogniser could not give them a country.
        foreach (var institution in KnowledgeBase.Default.Institutions.Where(static i => i.Country is null && i.Sector is "COP" or "MIL" or "SPY"))
        {
            // Only the definite or many-word names: a bare جيش or شرطة heads a construct that names
            // its owner (جيش الاحتلال، شرطة المرور), which the recogniser reads.
            foreach (var name in institution.Arabic.Where(static n => n.StartsWith("ال", StringComparison.Ordinal) || n.Contains(' ', StringComparison.Ordinal)))
            {
                _forces.Add(NameKey.Of(name), institution);
            }
        }

        Words = EventWordFacts.Table(_triggers, _modality, _forces);

        // Number words count like digits between a trigger's words (أطلقت خمسة صواريخ).
        foreach (var row in RuleFile.Rows("Marsad.data.rules.number-words.tsv"))
        {
            _numberWords.Add(ArabicNormalizer.Normalize(row[0].Trim()));
        }
    }

    // Everything but the decider is shared with the coders made by WithModel.
    private EventCoder(EventCoder other, EventDecider decider)
    {
        _triggers = other._triggers;
        _modality = other._modality;
        _numberWords = other._numberWords;
        _forces = other._forces;
        Words = other.Words;
        Decider = decider;
    }

    public static EventCoder Default { get; } = new(EventTriggerTable.LoadEmbedded());

    /// <summary>The decision on each trigger hit: whether it becomes an event (see <see cref="EventDecider"/>).</summary>
    internal EventDecider Decider { get; } = EventDecider.Default;

    /// <summary>This coder with another event model deciding its candidates (a cross-validation fold's).</summary>
    public EventCoder WithModel(EventModel model) => new(this, new EventDecider(model));

    /// <summary>
    /// The events of a text, and its entities with the generic actors of those events placed in the country
    /// where they acted (المتظاهرون in a sentence set in إسطنبول become group/protesters/TUR), as CAMEO
    /// codes a crowd or gunmen by where they are.
    /// </summary>
    public EventCoding Code(
        TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times, DateOnly? published, string documentId)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var scan = new EventScan(text, entities, times, published, documentId, this);
        var events = scan.Placed(scan.WithArgumentPasses(scan.Run()));
        var coded = scan.EntitiesWithPlacedActors(events);
        // A second naming of an act in its sentence, and a sentence that only elaborates an event told before, add to
        // it (Merging), once every event has its sides and date.
        // A second verb telling the same statement in its sentence (رحب … وشكر) adds to the first (RetoldActs).
        // A charge or a judgement word told after an act in its sentence (بتهمة، معتبرا أنها خرق) is that act's (QualifiedActs).
        var qualified = Merging.QualifiedActs.Merge(Arguments.StoryDates.Carry(events, coded), text.Text, text.Sentences);
        var acts = Merging.RetoldActs.Merge(Merging.SameActs.Merge(qualified, coded), coded);
        // Only occurrences leave the coder: the negated and generic marks have done their work (Occurrences).
        return new EventCoding(Passes.Occurrences.Kept(Merging.Elaborations.Merge(acts, coded, text.Sentences)), coded);
    }

    /// <summary>Every trigger hit of a text that reached the decision, with the rules' verdict on it: what the event model is trained on.</summary>
    internal IReadOnlyList<(EventCandidate Candidate, EventDecision Rules)> Candidates(
        TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times, DateOnly? published, string documentId)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var scan = new EventScan(text, entities, times, published, documentId, this) { Collected = [] };
        scan.Run();
        return scan.Collected;
    }

    internal TokenTrie<EventTrigger> Triggers => _triggers;

    internal TokenTrie<string> Modality => _modality;

    internal TokenTrie<KbInstitution> Forces => _forces;

    /// <summary>The first words of the triggers, modality phrases and forces, each found with one lookup.</summary>
    internal WordTable<EventWordFacts> Words { get; }

    internal bool IsNumberWord(ReadOnlySpan<char> normalized) => _numberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized);

    internal static string Id(string documentId, int sentence, int start) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId[..Math.Min(12, documentId.Length)]}-{sentence}-{start}");
}
