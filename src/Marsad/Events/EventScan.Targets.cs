using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Events;

/// <summary>Argument rules that read a side off the words around it: an instrument's nationality, a target's place.</summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// Whether a noun with a nationality right after a violent verb is the verb's subject rather than its
    /// passive victim: a weapon or unit (data/rules/event-arguments.tsv, kind instrument) fights for its
    /// country (قصفت مدفعية تركية قرى، شنت مقاتلات روسية غارات), where a person there is more often the one
    /// the deed befell (قتل جندي أمريكي).
    /// </summary>
    private bool IsInstrumentSubject(int i, TriggerMatch match, Side side) =>
        match.Trigger.Event is "ASSAULT" or "COERCE" && match.End == i + 1 && side.Start == match.End
        && ArgumentLexicon.Default.Is(Word(side.Start), ArgumentCue.Instrument);

    /// <summary>
    /// The country of the place an attack strikes when no side is named as its target: the first place after
    /// the trigger in its clause, or a country behind في (غارة على مستودع في ريف دمشق → Syria, قصف منزلا في
    /// بلدة بجنوب لبنان → Lebanon). A place in the actor's own country names no target.
    /// </summary>
    private string? TargetCountry(TriggerMatch match, int clauseEnd, ImmutableArray<string> actors)
    {
        if (match.Trigger.Event != "ASSAULT" || PlaceOf(match.End, clauseEnd) is not { } country)
        {
            return null;
        }

        foreach (var id in actors)
        {
            if (id == country || _entities.FirstOrDefault(e => e.Id == id)?.Country == country || id.EndsWith("/" + country, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return CountrySide(country);
    }

    /// <summary>
    /// A place is not a side: a recipient named by a place (قصفت بلدات ريف إدلب، وصل إلى أنقرة) is the country
    /// it lies in, as a target placed in a country is that country. A place with no country stays itself.
    /// </summary>
    private string PlaceAsCountry(string id) =>
        _places.Contains(id) && _entities.FirstOrDefault(e => e.Id == id)?.Country is { } country ? CountrySide(country) : id;

    /// <summary>
    /// A country as a side of an event: the document's own entity when the text names it, else an entity made
    /// from the knowledge base without mentions (the text names only a place in it), so that every side of an
    /// event is among the document's entities.
    /// </summary>
    private string CountrySide(string country)
    {
        if (_synthetic.ContainsKey(country) || _entities.Any(e => e.Id == country)
            || !KnowledgeBase.Default.ById.TryGetValue(country, out var entry))
        {
            return country;
        }

        _synthetic[country] = new EntityRecord(country, entry.Type, entry.Name, entry.Arabic.FirstOrDefault(), entry.Wikidata, null, entry.Sector, true, []);
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
                _responses.Point(end, actor);
                return true;
            }
        }

        return false;
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
}
