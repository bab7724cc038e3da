using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>
/// A country behind a governed preposition that the recognisers did not name (issue 18, a missing recipient): some
/// country names are also ordinary words (مالي, "financial"), so the entity layer leaves them unread and
/// <see cref="GovernedObjects"/>, which reads a mention behind the preposition, finds none in استدعاء سفيرها لدى
/// مالي. Right behind a preposition of kind governed, where an adjective cannot stand alone, the word is the
/// country. Read after <see cref="GovernedObjects"/>, for the same events (an actor, no recipient, a type whose act
/// reaches another side), in the trigger's clause after it up to a comma, a reported or relative clause or another
/// named side. Words: data/rules/governed-countries.tsv.
/// </summary>
internal static class GovernedCountries
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Countries = Read();

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e => GovernedObjects.MayWalk(e) ? Governed(doc, e, country) : e);

    // Apart from Apply so that the closure on the event is made only for an event the walk reads (most are not).
    private static EventRecord Governed(EventDocument doc, EventRecord e, Func<string, string> country) =>
        GovernedObjects.Walk(doc, e, t =>
        {
            if (!doc.IsWord(t) || doc.MentionAt(t) is not null || !Countries.TryGetValue(doc.Word(t), out var id))
            {
                return null;
            }

            var side = country(id);
            return e.Actor.Contains(side) || e.Actor.Any(a => Tokens.CountryOf(doc, a) == id) ? e : e with { Recipient = [side] };
        });

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Read()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in RuleFile.Rows("Marsad.data.rules.governed-countries.tsv"))
        {
            var key = NameKey.Of(row[0].Trim());
            if (key.Length != 1)
            {
                throw new InvalidOperationException($"governed-countries.tsv: '{row[0]}' is not one word");
            }

            words[key[0]] = row[1].Trim();
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
