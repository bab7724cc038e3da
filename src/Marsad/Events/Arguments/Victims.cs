using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events.Arguments;

/// <summary>
/// The victim's country (issue 18): an attack or arrest with no recipient whose object is a person or a thing
/// described by a nationality (اعتقلت الشرطة صحفيا فرنسيا، قتل جندي أمريكي في هجوم، أصابت القوات ثلاثة صيادين
/// مصريين) befell that country: the nisba agrees with the noun it follows, so it names whose the victim is.
/// Read in the trigger's clause after it, past the actor's own mention, up to a comma, a complementizer or
/// another named side. A nisba right on the attack noun (غارة إسرائيلية) names the attacker, not the victim,
/// and a weapon, soldier or policeman of the actor's own country (أطلق جنود إسرائيليون النار) is the actor's
/// phrase, so neither is read here.
/// </summary>
internal static class Victims
{
    /// <summary>How many tokens after the trigger the nisba may stand (اعتقلت الشرطة التركية، الخميس، صحفيا فرنسيا).</summary>
    private const int Reach = 8;

    private const ArgumentCue Force = ArgumentCue.Instrument | ArgumentCue.ArmedNoun | ArgumentCue.SecurityNoun;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not (PloverType.Assault or PloverType.Coerce) || !e.Recipient.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0, var end))
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                // Commas around a time (، الثلاثاء،) do not end the clause; any other does.
                if ((Tokens.IsComma(doc, t) && !Tokens.IsCommaBesideTime(doc, t, b))
                    || Tokens.Is(doc, t, ArgumentCue.Complementizer) || doc.IsBoundary(t))
                {
                    return e;
                }

                if (doc.MentionAt(t) is { } mention)
                {
                    // A noun the scan made a side with its nisba (صحفيا فرنسيا as FRA) is read as the noun and nisba it is.
                    var nisba = mention.End - 1;
                    if (mention.Entity.Type == EntityType.Country && nisba > t && doc.AdjectiveAt[nisba]?.Id == mention.Entity.Id)
                    {
                        if (Victim(doc, e, t, mention.Entity.Id, country) is { } victim)
                        {
                            return victim;
                        }

                        t = nisba;
                        continue;
                    }

                    if (!Tokens.NamesActor(doc, e, mention.Entity))
                    {
                        return e;
                    }

                    t = mention.End - 1;
                    continue;
                }

                if (t > end && doc.IsWord(t - 1) && doc.MentionAt(t - 1) is null)
                {
                    // A nisba of the actor's own force (قوات الأمن التونسية) is passed over; the victim may follow.
                    var nationality = doc.AdjectiveAt[t]?.Id ?? Accusative(doc.Word(t));
                    if (nationality is not null && Victim(doc, e, t - 1, nationality, country) is { } victim)
                    {
                        return victim;
                    }
                }
            }

            return e;
        });

    /// <summary>The event with the nationality's country as recipient, unless the noun is a force of the actor's own country (or of an event with no actor).</summary>
    private static EventRecord? Victim(EventDocument doc, EventRecord e, int noun, string nationality, Func<string, string> country)
    {
        var own = e.Actor.IsEmpty || e.Actor.Any(id => Tokens.CountryOf(doc, id) == nationality);
        if (own && (Tokens.Is(doc, noun, Force) || Tokens.Is(doc, noun - 1, Force)))
        {
            return null;
        }

        var side = country(nationality);
        return e.Actor.Contains(side) ? null : e with { Recipient = [side] };
    }

    /// <summary>
    /// The country of a masculine singular nisba in the accusative (صحفيا فرنسيا، جنديا إسرائيليا), the object's
    /// own case, which the recognisers do not read as a nationality: the knowledge base's adjective with the
    /// case's alif after it.
    /// </summary>
    internal static string? Accusative(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("يا", StringComparison.Ordinal) && AccusativeAdjectives.TryGetValue(word[..^1], out var id) ? id : null;

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AccusativeAdjectives { get; } = BuildAccusative();

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildAccusative()
    {
        // An adjective two countries share (كوري) names neither.
        var adjectives = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in KnowledgeBase.Default.Entries)
        {
            if (entry.Type != EntityType.Country)
            {
                continue;
            }

            foreach (var adjective in entry.Adjectives)
            {
                var key = ArabicNormalizer.Normalize(adjective);
                adjectives[key] = adjectives.TryGetValue(key, out var other) && other != entry.Id ? null : entry.Id;
            }
        }

        return adjectives.Where(static a => a.Value is not null).ToFrozenDictionary(static a => a.Key, static a => a.Value!, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
