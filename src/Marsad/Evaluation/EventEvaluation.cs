using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>One gold sentence of the PLOVER format (shared/data/plover-gsr): its event and, where known, actor and recipient codes.</summary>
public sealed record GoldEventSentence(
    string Id, DateOnly? Date, string Text, string Event, string? ActorCountry, string? ActorSector, string? RecipientCountry, string? RecipientSector);

/// <summary>Per gold event type: how often it was found, how often the actor's country and sector were right, and what else was coded.</summary>
public sealed record EventTypeScore(string Event, int Sentences, int Found, int ActorCountryGold, int ActorCountryRight, int ActorSectorGold, int ActorSectorRight, int OtherEvents)
{
    public double Recall => Sentences == 0 ? 0 : (double)Found / Sentences;

    public double ActorCountryAccuracy => ActorCountryGold == 0 ? 0 : (double)ActorCountryRight / ActorCountryGold;

    public double ActorSectorAccuracy => ActorSectorGold == 0 ? 0 : (double)ActorSectorRight / ActorSectorGold;

    public double OtherPerSentence => Sentences == 0 ? 0 : (double)OtherEvents / Sentences;
}

/// <summary>
/// Scores the event coder on sentences with one gold PLOVER event each: a sentence counts as found when
/// an event of the gold type is coded; among those, the actor's country (sector) is right when one of
/// the actor's entities has the gold country (sector); events of other types count against the coder.
/// </summary>
public static class EventEvaluation
{
    public static (ImmutableArray<GoldEventSentence> Sentences, ImmutableArray<string> Problems) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = ImmutableArray.CreateBuilder<GoldEventSentence>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                sentences.Add(new GoldEventSentence(
                    Field(root, "id") ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    DateOnly.TryParse(Field(root, "date"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
                    Field(root, "text") ?? throw new FormatException("no text"),
                    Field(root, "event") ?? throw new FormatException("no event"),
                    Field(root, "actor_country"),
                    Field(root, "actor_sector"),
                    Field(root, "recipient_country"),
                    Field(root, "recipient_sector")));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                problems.Add($"line {number}: {e.Message}");
            }
        }

        return (sentences.ToImmutable(), problems.ToImmutable());
    }

    public static ImmutableArray<EventTypeScore> Score(IEnumerable<(GoldEventSentence Gold, Analysis Analysis)> coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return [.. coded.GroupBy(c => c.Gold.Event, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(group =>
        {
            int found = 0, countryGold = 0, countryRight = 0, sectorGold = 0, sectorRight = 0, other = 0;
            foreach (var (gold, analysis) in group)
            {
                var matching = analysis.Events.Where(e => e.Event == gold.Event).ToList();
                other += analysis.Events.Count(e => e.Event != gold.Event);
                if (matching.Count == 0)
                {
                    continue;
                }

                found++;
                var actors = matching.SelectMany(e => e.Actor).Select(id => analysis.Entities.FirstOrDefault(x => x.Id == id)).OfType<EntityRecord>().ToList();
                if (gold.ActorCountry is { } country)
                {
                    countryGold++;
                    countryRight += actors.Any(a => a.Country == country || a.Id == country) ? 1 : 0;
                }

                if (gold.ActorSector is { } sector)
                {
                    sectorGold++;
                    sectorRight += actors.Any(a => a.Sector == sector) ? 1 : 0;
                }
            }

            return new EventTypeScore(group.Key, group.Count(), found, countryGold, countryRight, sectorGold, sectorRight, other);
        })];
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
