using System.Globalization;
using System.Text.Json;

namespace Marsad.Web.Views;

/// <summary>A span of the article in UTF-16 indices, converted from the contract's code-point offsets.</summary>
internal readonly record struct Span(int Start, int End);

internal sealed record EntityView(string Id, string Type, string Name, string? NameAr, string? Wikidata, string? Country, string? Sector, bool Known, IReadOnlyList<(Span Span, string Form)> Mentions);

internal sealed record TimeView(Span Span, string Text, string Type, string? Value, string? Anchor);

internal sealed record EventView(
    string Id,
    string Event,
    string? Mode,
    string? Cameo,
    IReadOnlyList<string> Actor,
    IReadOnlyList<string> Recipient,
    IReadOnlyList<string> About,
    string? Date,
    string? DateFrom,
    IReadOnlyList<string> Modality,
    Span Trigger,
    string TriggerText,
    string? Rule);

/// <summary>
/// An analysis read back from its <c>marsad.analysis/1</c> JSON (the stored form and the API's), with offsets
/// turned from code points into UTF-16 indices of <see cref="Text"/> so pages can mark the spans.
/// </summary>
internal sealed record AnalysisView(
    string Id,
    string Source,
    string? Title,
    string? Published,
    string Text,
    IReadOnlyList<EntityView> Entities,
    IReadOnlyList<TimeView> Times,
    IReadOnlyList<EventView> Events,
    int Removed)
{
    public static AnalysisView Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString() ?? "";
        var units = CodePointToUtf16(text);
        Span SpanOf(JsonElement e) => new(Unit(units, e.GetProperty("start").GetInt32()), Unit(units, e.GetProperty("end").GetInt32()));

        var entities = root.GetProperty("entities").EnumerateArray().Select(e => new EntityView(
            e.GetProperty("id").GetString()!,
            e.GetProperty("type").GetString()!,
            e.GetProperty("name").GetString() ?? e.GetProperty("id").GetString()!,
            Str(e, "name_ar"),
            Str(e, "wikidata"),
            Str(e, "country"),
            Str(e, "sector"),
            !e.TryGetProperty("known", out var known) || known.ValueKind != JsonValueKind.False,
            [.. e.GetProperty("mentions").EnumerateArray().Select(m => (SpanOf(m), Str(m, "form") ?? "name"))])).ToList();
        var times = root.GetProperty("times").EnumerateArray().Select(t => new TimeView(
            SpanOf(t), Str(t, "text") ?? "", Str(t, "type") ?? "DATE", Str(t, "value"), Str(t, "anchor"))).ToList();
        var events = root.GetProperty("events").EnumerateArray().Select(e =>
        {
            var trigger = e.GetProperty("trigger");
            return new EventView(
                e.GetProperty("id").GetString()!,
                e.GetProperty("event").GetString()!,
                Str(e, "mode"),
                Str(e, "cameo"),
                Strings(e, "actor"),
                Strings(e, "recipient"),
                Strings(e, "about"),
                Str(e, "date"),
                Str(e, "date_from"),
                Strings(e, "modality"),
                SpanOf(trigger),
                Str(trigger, "text") ?? "",
                Str(e, "rule"));
        }).ToList();
        return new AnalysisView(
            root.GetProperty("id").GetString()!,
            Str(root, "source") ?? "",
            Str(root, "title"),
            Str(root, "published"),
            text,
            entities,
            times,
            events,
            root.TryGetProperty("removed", out var removed) ? removed.GetArrayLength() : 0);
    }

    public EntityView? Entity(string id) => Entities.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>An entity id with its English name where the analysis knows it.</summary>
    public string Label(string id) => Entity(id) is { } e ? $"{e.Name} ({id})" : id;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(static v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())]
            : [];

    /// <summary>For each code point index (and one past the end) the UTF-16 index where it starts.</summary>
    private static int[] CodePointToUtf16(string text)
    {
        var units = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            units.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        units.Add(text.Length);
        return [.. units];
    }

    private static int Unit(int[] units, int codePoint) => units[Math.Clamp(codePoint, 0, units.Length - 1)];

    public static string DateLabel(string? value) => value ?? "undated";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
