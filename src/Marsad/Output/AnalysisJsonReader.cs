using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// Reads a <c>marsad.analysis/1</c> JSON object (docs/schema/marsad.analysis-1.schema.json) back into the
/// <see cref="Analysis"/> that <see cref="AnalysisJsonWriter"/> wrote, with code-point offsets turned back
/// into UTF-16 spans of its text. The one reader of the contract: the CLI, the API and the pages read
/// stored analyses through it rather than by property names of their own.
/// </summary>
public static class AnalysisJsonReader
{
    /// <summary>The analysis in <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON, or not an object of the contract.</exception>
    public static Analysis Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    /// <inheritdoc cref="Read(string)"/>
    public static Analysis Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Str(root, "schema") != Analysis.SchemaName)
        {
            throw new JsonException($"not a {Analysis.SchemaName} object");
        }

        var text = Required(root, "text");
        var spans = new Spans(text);
        return new Analysis
        {
            Id = Required(root, "id"),
            Source = Str(root, "source") ?? "",
            SourceId = Str(root, "source_id"),
            Title = Str(root, "title"),
            Language = Str(root, "language"),
            Published = Str(root, "published") is { } published
                ? DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            Text = text,
            Removed = Items(root, "removed", static e => new RemovedPiece(Str(e, "text") ?? "", Str(e, "reason") ?? "")),
            Sentences = Items(root, "sentences", e => new Sentence(spans.Of(e))),
            Entities = Items(root, "entities", e => new EntityRecord(
                Required(e, "id"),
                EntityTypeOf(e),
                Str(e, "name") ?? Required(e, "id"),
                Str(e, "name_ar"),
                Str(e, "wikidata"),
                Str(e, "country"),
                Str(e, "sector"),
                !e.TryGetProperty("known", out var known) || known.ValueKind != JsonValueKind.False,
                Items(e, "mentions", m => spans.MentionOf(m, Str(m, "form") ?? "name")))),
            Times = Items(root, "times", e => new TimeExpression(
                spans.Of(e), Str(e, "text") ?? "", TimexTypeOf(e), Str(e, "value"), AnchorOf(e))),
            Quantities = Items(root, "quantities", e => new Quantity(
                spans.Of(e), Str(e, "text") ?? "", e.GetProperty("value").GetDecimal(), Str(e, "unit") ?? "",
                e.TryGetProperty("approximate", out var approximate) && approximate.ValueKind == JsonValueKind.True)),
            Events = Items(root, "events", e => new EventRecord(
                Required(e, "id"),
                EventType(e),
                Str(e, "mode"),
                Strings(e, "context"),
                Str(e, "cameo"),
                Strings(e, "actor"),
                Strings(e, "recipient"),
                Strings(e, "about"),
                Str(e, "date"),
                DateSourceOf(e),
                Items(e, "modality", ModalityOf),
                e.TryGetProperty("sentence", out var sentence) && sentence.ValueKind == JsonValueKind.Number ? sentence.GetInt32() : -1,
                e.TryGetProperty("trigger", out var trigger) ? spans.MentionOf(trigger, "") : new Mention(default, "", ""),
                Str(e, "rule") ?? "",
                Number(e, "goldstein"),
                e.TryGetProperty("place", out var place) ? PlaceOf(place) : null)
            {
                Supports = Items(e, "supports", s => new EventSupport(
                    s.TryGetProperty("sentence", out var at) && at.ValueKind == JsonValueKind.Number ? at.GetInt32() : -1,
                    s.TryGetProperty("trigger", out var told) ? spans.MentionOf(told, "") : new Mention(default, "", ""))),
            }),
        };
    }

    /// <summary>Code-point offsets of one text as UTF-16 spans, clamped to the text.</summary>
    private sealed class Spans(string text)
    {
        private readonly CodePointIndex _index = new(text);

        public TextSpan Of(JsonElement e)
        {
            var start = Unit(e, "start");
            return new TextSpan(start, Math.Max(start, Unit(e, "end")));
        }

        public Mention MentionOf(JsonElement e, string form) => new(Of(e), Str(e, "text") ?? "", form);

        private int Unit(JsonElement e, string name) =>
            e.TryGetProperty(name, out var value) && value.TryGetInt32(out var codePoint)
                ? Math.Clamp(_index.ToUtf16(Math.Max(codePoint, 0)), 0, text.Length)
                : 0;
    }

    private static ImmutableArray<T> Items<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        if (!e.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items.MoveToImmutable();
    }

    private static ImmutableArray<string> Strings(JsonElement e, string name) =>
        Items(e, name, static v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText());

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>An event's place, or null when it has none or its precision is not one of the contract's.</summary>
    private static EventPlace? PlaceOf(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || Str(e, "id") is not { } id
            || !PlacePrecisions.TryParse(Str(e, "precision"), out var precision))
        {
            return null;
        }

        return new EventPlace(
            id,
            Str(e, "name") ?? id,
            Str(e, "country"),
            Number(e, "lat"),
            Number(e, "lon"),
            e.TryGetProperty("geonames", out var g) && g.ValueKind == JsonValueKind.Number && g.TryGetInt64(out var geonames) ? geonames : null,
            precision);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static PloverType EventType(JsonElement e) =>
        PloverTypes.TryParse(Required(e, "event"), out var type) ? type : throw new JsonException($"{Analysis.SchemaName}: '{Str(e, "event")}' is not a PLOVER event type");

    private static EntityType EntityTypeOf(JsonElement e) =>
        EntityTypes.TryParse(Required(e, "type"), out var type) ? type : throw new JsonException($"{Analysis.SchemaName}: '{Str(e, "type")}' is not an entity type");

    /// <summary>A time's type: DATE when the object has none (as the contract's earliest analyses), refused when it names another.</summary>
    private static TimexType TimexTypeOf(JsonElement e) =>
        Str(e, "type") is not { } name ? TimexType.Date
        : TimexTypes.TryParse(name, out var type) ? type
        : throw new JsonException($"{Analysis.SchemaName}: '{name}' is not a TIMEX3 type");

    /// <summary>A time's anchor: text when the object has none, refused when it names another.</summary>
    private static TimeAnchor AnchorOf(JsonElement e) =>
        Str(e, "anchor") is not { } name ? TimeAnchor.Text
        : TimeAnchors.TryParse(name, out var anchor) ? anchor
        : throw new JsonException($"{Analysis.SchemaName}: '{name}' is not a time anchor");

    /// <summary>An event's date source: unknown when the object has none, refused when it names another.</summary>
    private static DateSource DateSourceOf(JsonElement e) =>
        Str(e, "date_from") is not { } name ? DateSource.Unknown
        : DateSources.TryParse(name, out var source) ? source
        : throw new JsonException($"{Analysis.SchemaName}: '{name}' is not a date source");

    private static EventModality ModalityOf(JsonElement e) =>
        EventModalities.TryParse(e.ValueKind == JsonValueKind.String ? e.GetString() : null, out var modality)
            ? modality
            : throw new JsonException($"{Analysis.SchemaName}: {e.GetRawText()} is not a modality value");

    private static string Required(JsonElement e, string name) =>
        Str(e, name) ?? throw new JsonException($"{Analysis.SchemaName}: '{name}' is missing");
}
