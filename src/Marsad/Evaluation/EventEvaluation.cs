using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>One gold sentence of the PLOVER format (shared/data/plover-gsr): its event and, where known, actor and recipient codes.</summary>
public sealed record GoldEventSentence(
    string Id, DateOnly? Date, string Text, PloverType Event, string? ActorCountry, string? ActorSector, string? RecipientCountry, string? RecipientSector)
{
    /// <summary>The words the annotators marked as the actor, where given (for reading errors; never scored).</summary>
    public string? ActorText { get; init; }
}

/// <summary>
/// Per gold event type: how often it was found, how often the actor's country and sector were right, what the
/// trivial baselines get on the same sentences, and what else was coded.
/// </summary>
/// <param name="ActorCountryBaseline">Found sentences with a gold country where the first entity the text names has it.</param>
/// <param name="MostFrequentSector">The gold's most frequent actor sector for the type (ordinal first on a tie).</param>
/// <param name="ActorSectorBaseline">Found sentences with a gold sector whose sector is <paramref name="MostFrequentSector"/>.</param>
/// <param name="ExtraSameType">Events of the gold type beyond the first in found sentences (the gold has one a sentence).</param>
public sealed record EventTypeScore(
    PloverType Event, int Sentences, int Found, int ActorCountryGold, int ActorCountryRight, int ActorSectorGold, int ActorSectorRight, int OtherEvents,
    int ActorCountryBaseline, string? MostFrequentSector, int ActorSectorBaseline, int ExtraSameType)
{
    public double Recall => Sentences == 0 ? 0 : (double)Found / Sentences;

    public double ActorCountryAccuracy => ActorCountryGold == 0 ? 0 : (double)ActorCountryRight / ActorCountryGold;

    public double ActorCountryBaselineAccuracy => ActorCountryGold == 0 ? 0 : (double)ActorCountryBaseline / ActorCountryGold;

    public double ActorSectorAccuracy => ActorSectorGold == 0 ? 0 : (double)ActorSectorRight / ActorSectorGold;

    public double ActorSectorBaselineAccuracy => ActorSectorGold == 0 ? 0 : (double)ActorSectorBaseline / ActorSectorGold;

    public double OtherPerSentence => Sentences == 0 ? 0 : (double)OtherEvents / Sentences;

    public double ExtraSameTypePerSentence => Sentences == 0 ? 0 : (double)ExtraSameType / Sentences;
}

/// <summary>
/// Scores the event coder on sentences with one gold PLOVER event each: a sentence counts as found when
/// an event of the gold type is coded; among those, the actor's country (sector) is right when one of
/// the actor's entities has the gold country (sector); events of other types count against the coder,
/// and so do events of the gold type beyond the first (counted apart: the gold has one a sentence).
/// A found event with no actor counts as wrong wherever the gold names one. The gold's country slot
/// can hold CAMEO's international codes instead of a country: IGO, NGO and MNC match an actor with no
/// country and that sector; IMG (an international militarised group such as Taliban or al-Qaeda)
/// matches any GROUP actor with sector IMG, INS, REB or UAF, whatever country our knowledge base gives
/// it, since CAMEO's coders and our knowledge base split those groups differently.
/// Beside each actor figure, the trivial baseline on the same sentences: the country of the first entity
/// the sentence names (the same matching), and always the gold's most frequent sector for the type.
/// </summary>
public static class EventEvaluation
{
    public static (ImmutableArray<GoldEventSentence> Sentences, ImmutableArray<string> Problems) Read(TextReader reader) =>
        JsonLinesFile.Read(reader, static (root, number) => new GoldEventSentence(
            Field(root, "id") ?? number,
            DateOnly.TryParse(Field(root, "date"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            Field(root, "text") ?? throw new FormatException("no text"),
            JsonLinesFile.EventType(root),
            Field(root, "actor_country"),
            Field(root, "actor_sector"),
            Field(root, "recipient_country"),
            Field(root, "recipient_sector"))
        {
            ActorText = Field(root, "actor_text"),
        });

    public static ImmutableArray<EventTypeScore> Score(IEnumerable<(GoldEventSentence Gold, Analysis Analysis)> coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return [.. coded.GroupBy(c => c.Gold.Event).OrderBy(g => PloverTypes.Name(g.Key), StringComparer.Ordinal).Select(group =>
        {
            var commonest = group.Where(c => c.Gold.ActorSector is not null).GroupBy(c => c.Gold.ActorSector!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            int found = 0, countryGold = 0, countryRight = 0, countryBase = 0, sectorGold = 0, sectorRight = 0, sectorBase = 0, other = 0, extra = 0;
            foreach (var (gold, analysis) in group)
            {
                var matching = analysis.Events.Where(e => e.Event == gold.Event).ToList();
                other += analysis.Events.Count(e => e.Event != gold.Event);
                if (matching.Count == 0)
                {
                    continue;
                }

                found++;
                extra += matching.Count - 1;
                var actors = Actors(analysis, matching);
                if (gold.ActorCountry is { } country)
                {
                    countryGold++;
                    countryRight += CountryMatches(country, actors) ? 1 : 0;
                    countryBase += FirstNamed(analysis) is { } first && CountryMatches(country, [first]) ? 1 : 0;
                }

                if (gold.ActorSector is { } sector)
                {
                    sectorGold++;
                    sectorRight += actors.Any(a => a.Sector == sector) ? 1 : 0;
                    sectorBase += sector == commonest ? 1 : 0;
                }
            }

            return new EventTypeScore(group.Key, group.Count(), found, countryGold, countryRight, sectorGold, sectorRight, other, countryBase, commonest, sectorBase, extra);
        })];
    }

    /// <summary>Whether an actor of a coded event of the gold's type has the gold's actor country (or international code).</summary>
    public static bool ActorCountryRight(GoldEventSentence gold, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        if (gold.ActorCountry is not { } country)
        {
            return false;
        }

        return CountryMatches(country, Actors(analysis, analysis.Events.Where(e => e.Event == gold.Event)));
    }

    /// <summary>Whether an actor of a coded event of the gold's type has the gold's actor sector.</summary>
    public static bool ActorSectorRight(GoldEventSentence gold, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        return gold.ActorSector is { } sector && Actors(analysis, analysis.Events.Where(e => e.Event == gold.Event)).Any(a => a.Sector == sector);
    }

    /// <summary>Whether one of <paramref name="actors"/> has the gold country, or is of the kind an international code names.</summary>
    private static bool CountryMatches(string country, IReadOnlyCollection<EntityRecord> actors) => country switch
    {
        "IGO" or "NGO" or "MNC" => actors.Any(a => a.Country is null && a.Sector == country),
        "IMG" => actors.Any(a => a.Type == EntityType.Group && a.Sector is "IMG" or "INS" or "REB" or "UAF"),
        _ => actors.Any(a => a.Country == country || a.Id == country),
    };

    /// <summary>The entity the sentence names first (by its first mention), for the country baseline.</summary>
    private static EntityRecord? FirstNamed(Analysis analysis) =>
        analysis.Entities.Where(e => !e.Mentions.IsEmpty).OrderBy(e => e.Mentions.Min(m => m.Span.Start)).FirstOrDefault();

    private static List<EntityRecord> Actors(Analysis analysis, IEnumerable<EventRecord> events) =>
        [.. events.SelectMany(e => e.Actor).Distinct().Select(id => analysis.Entities.FirstOrDefault(x => x.Id == id)).OfType<EntityRecord>()];

    private static string? Field(JsonElement root, string name) => JsonLinesFile.Field(root, name);
}
