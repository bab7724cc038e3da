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
    /// <summary>How many tokens after the trigger the preposition may stand, as for <see cref="GovernedObjects"/>.</summary>
    private const int Reach = 14;

    private const ArgumentCue Ends = ArgumentCue.Complementizer | ArgumentCue.Relative;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Countries = Read();

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!GovernedObjects.Reaches(e.Event) || !e.Recipient.IsEmpty || e.Actor.IsEmpty
                || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end <= first)
            {
                return e;
            }

            var b = doc.Sentence(e.Sentence).End;
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                if ((Tokens.IsComma(doc, t) && !Tokens.IsCommaBesideTime(doc, t, b)) || doc.IsBoundary(t) || Tokens.Is(doc, t, Ends))
                {
                    return e;
                }

                if (doc.MentionAt(t) is { } mention)
                {
                    // The actor's own name is passed over; another side ends the search, as in GovernedObjects.
                    if (!Tokens.NamesActor(doc, e, mention.Entity))
                    {
                        return e;
                    }

                    t = mention.End - 1;
                    continue;
                }

                if (Tokens.Is(doc, t, ArgumentCue.Governed) && doc.IsWord(t + 1) && t + 1 < b && doc.MentionAt(t + 1) is null
                    && Countries.TryGetValue(doc.Word(t + 1), out var id))
                {
                    var side = country(id);
                    return e.Actor.Contains(side) || e.Actor.Any(a => Tokens.CountryOf(doc, a) == id) ? e : e with { Recipient = [side] };
                }
            }

            return e;
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
