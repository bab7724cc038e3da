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

/// <summary>How one gold event came out: the coded event matched to it (<see cref="PlaceMatching"/>), if any, and whether its place is right.</summary>
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

/// <summary>How <see cref="PlaceEvaluation"/> finds the coded event a gold event is scored by.</summary>
public enum PlaceMatching
{
    /// <summary>
    /// As <c>eval gold</c> matches a required event: the gold word's first occurrence in the text gives its sentence;
    /// the coded events told in that sentence (or merged from it) of the gold's type (any type when it gives none,
    /// or a name that is not one of PLOVER's sixteen, as a set written for information may: CAMEO's DISAPPROVE)
    /// are the candidates, and the one whose trigger lies nearest the word is the match. An event the coder finds
    /// under another word of the clause (شنت طائرات for غارات) is found.
    /// </summary>
    Event,

    /// <summary>The first coded event whose trigger contains the gold word (normalised): the scorer's rule before, kept so its figures can be reproduced.</summary>
    TriggerWord,
}

/// <summary>The option names of <see cref="PlaceMatching"/> (event, trigger-word): its one writer and one reader.</summary>
public static class PlaceMatchings
{
    private static readonly ContractNames<PlaceMatching> Names = new(["event", "trigger-word"]);

    public static string Name(PlaceMatching matching) => Names.Name(matching);

    public static bool TryParse(string? name, out PlaceMatching matching) => Names.TryParse(name, out matching);

    /// <summary>The names, for a usage message.</summary>
    public static string Listed() => Names.Listed();
}

/// <summary>
/// Scores event places against the paragraphs of the event-places set. A gold event is matched to a coded event
/// by <see cref="PlaceMatching"/>; its place is right when the place's knowledge-base
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

    public static PlaceScore Score(IEnumerable<(PlaceParagraph Paragraph, Analysis Analysis)> coded, KnowledgeBase kb, PlaceMatching matching = PlaceMatching.Event)
    {
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(kb);
        var outcomes = ImmutableArray.CreateBuilder<PlaceOutcome>();
        foreach (var (paragraph, analysis) in coded)
        {
            foreach (var gold in paragraph.Events)
            {
                var match = matching == PlaceMatching.TriggerWord ? ByTriggerWord(gold, analysis) : ByEvent(gold, analysis);
                outcomes.Add(new PlaceOutcome(paragraph, gold, match, gold.PlaceAr is not null && match?.Place is { } place && IsRight(place, gold, kb)));
            }
        }

        var all = outcomes.ToImmutable();
        return new PlaceScore(all.Length, all.Count(static o => o.Coded?.Place is not null), all.Count(static o => o.Gold.PlaceAr is not null), all.Count(static o => o.Right), all);
    }

    private static EventRecord? ByTriggerWord(GoldPlaceEvent gold, Analysis analysis)
    {
        var word = ArabicNormalizer.Normalize(gold.Trigger);
        return analysis.Events.FirstOrDefault(e => ArabicNormalizer.Normalize(e.Trigger.Text).Contains(word, StringComparison.Ordinal));
    }

    private static EventRecord? ByEvent(GoldPlaceEvent gold, Analysis analysis)
    {
        var text = NormalizedText.Create(analysis.Text);
        var word = ArabicNormalizer.Normalize(gold.Trigger);
        var found = word.Length == 0 ? -1 : text.Value.IndexOf(word, StringComparison.Ordinal);
        if (found < 0)
        {
            return null;
        }

        var at = text.ToOriginalSpan(found, found + word.Length);
        var sentence = -1;
        for (var s = 0; s < analysis.Sentences.Length && sentence < 0; s++)
        {
            sentence = at.Start >= analysis.Sentences[s].Span.Start && at.Start < analysis.Sentences[s].Span.End ? s : -1;
        }

        PloverType? type = gold.Event is null ? null : PloverTypes.TryParse(gold.Event, out var t) ? t : null;
        return analysis.Events
            .Where(e => (type is null || e.Event == type) && (e.Sentence == sentence || e.Supports.Any(s => s.Sentence == sentence)))
            .OrderBy(e => Distance(e.Trigger.Span, at))
            .FirstOrDefault();
    }

    // How many characters lie between two spans (0 when they touch or overlap).
    private static int Distance(TextSpan a, TextSpan b) => Math.Max(0, Math.Max(a.Start - b.End, b.Start - a.End));

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
