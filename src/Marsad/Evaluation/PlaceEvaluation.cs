using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>One gold event of a place paragraph: a word its trigger holds, and where it happened (null: the text does not say).</summary>
public sealed record GoldPlaceEvent(string Trigger, string? Event, string? PlaceAr, string? Country);

/// <summary>One paragraph of the event-places set (tests/Marsad.Tests/Fixtures/EventPlacesDev/README.md).</summary>
public sealed record PlaceParagraph(string Id, DateOnly? Published, string Text, ImmutableArray<GoldPlaceEvent> Events);

/// <summary>How one gold event came out: the coded event that matched its trigger word, if any, and whether its place is right.</summary>
public sealed record PlaceOutcome(PlaceParagraph Paragraph, GoldPlaceEvent Gold, EventRecord? Coded, bool Right);

/// <summary>The two shares of the set: gold events with a place, and events whose text names a place that got the right one.</summary>
public sealed record PlaceScore(int Events, int Placed, int Named, int Right, ImmutableArray<PlaceOutcome> Outcomes)
{
    public double PlacedShare => Events == 0 ? 0 : (double)Placed / Events;

    public double RightShare => Named == 0 ? 0 : (double)Right / Named;

    /// <summary>
    /// Gold events whose text names a place and that the coder found (a coded event's trigger holds the gold word):
    /// the share of these that are right measures the place rules apart from event detection.
    /// </summary>
    public int NamedFound => Outcomes.Count(static o => o.Gold.PlaceAr is not null && o.Coded is not null);

    public double RightAmongFound => NamedFound == 0 ? 0 : (double)Right / NamedFound;
}

/// <summary>
/// Scores event places against the paragraphs of the event-places set. A gold event is matched to the first
/// coded event whose trigger contains its word (normalised); its place is right when the place's knowledge-base
/// entry carries the gold Arabic name (normalised; a region's name also without its head word, محافظة إدلب →
/// إدلب, as its capital of the same name is right too; a capital also under its country's name, تونس for Tunis)
/// and its country is the gold country (none for a sea).
/// </summary>
public static class PlaceEvaluation
{
    // Head words a gold region's name may carry that its capital's name does not.
    private static readonly string[] RegionHeads = ["محافظه ", "ولايه ", "منطقه ", "اقليم ", "اماره "];

    public static (ImmutableArray<PlaceParagraph> Paragraphs, ImmutableArray<string> Problems) Read(TextReader reader) =>
        JsonLinesFile.Read(reader, static (root, line) =>
        {
            var events = root.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(static e => new GoldPlaceEvent(
                    JsonLinesFile.Field(e, "trigger") ?? throw new FormatException("an event without its trigger word"),
                    JsonLinesFile.Field(e, "event"),
                    JsonLinesFile.Field(e, "place_ar"),
                    JsonLinesFile.Field(e, "country"))).ToImmutableArray()
                : throw new FormatException("no events list");
            var published = JsonLinesFile.Field(root, "published") is { } day
                ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            return new PlaceParagraph(JsonLinesFile.Field(root, "id") ?? line, published, JsonLinesFile.Field(root, "text") ?? throw new FormatException("no text"), events);
        });

    public static PlaceScore Score(IEnumerable<(PlaceParagraph Paragraph, Analysis Analysis)> coded, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(kb);
        var outcomes = ImmutableArray.CreateBuilder<PlaceOutcome>();
        foreach (var (paragraph, analysis) in coded)
        {
            foreach (var gold in paragraph.Events)
            {
                var word = ArabicNormalizer.Normalize(gold.Trigger);
                var match = analysis.Events.FirstOrDefault(e => ArabicNormalizer.Normalize(e.Trigger.Text).Contains(word, StringComparison.Ordinal));
                outcomes.Add(new PlaceOutcome(paragraph, gold, match, gold.PlaceAr is not null && match?.Place is { } place && IsRight(place, gold, kb)));
            }
        }

        var all = outcomes.ToImmutable();
        return new PlaceScore(all.Length, all.Count(static o => o.Coded?.Place is not null), all.Count(static o => o.Gold.PlaceAr is not null), all.Count(static o => o.Right), all);
    }

    private static bool IsRight(EventPlace place, GoldPlaceEvent gold, KnowledgeBase kb)
    {
        if (place.Country != gold.Country || !kb.ById.TryGetValue(place.Id, out var entry))
        {
            return false;
        }

        // A region is right as the region or as its capital of the same name, whichever side carries the head word.
        var bare = Bare(ArabicNormalizer.Normalize(gold.PlaceAr!));
        if (entry.Arabic.Any(n => Bare(ArabicNormalizer.Normalize(n)) == bare))
        {
            return true;
        }

        // A capital named like its country (تونس، الكويت، الجزائر) is named in the text by the country's name, which
        // the knowledge base gives the country alone (a name has one entity): the capital is right under it.
        return entry.CapitalOf is { } state && state == gold.Country && kb.ById.TryGetValue(state, out var country)
            && country.Arabic.Any(n => ArabicNormalizer.Normalize(n) == bare);
    }

    private static string Bare(string name) =>
        RegionHeads.FirstOrDefault(h => name.StartsWith(h, StringComparison.Ordinal)) is { } head ? name[head.Length..] : name;
}
