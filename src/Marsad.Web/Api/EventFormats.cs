using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Output;
using Marsad.Storage;

namespace Marsad.Web.Api;

/// <summary>
/// Merged events from the store as JSON, PLOVER JSON lines or CSV, with the same fields and columns as
/// <c>marsad events --format json|plover|csv</c>: each event carries its sources count and every source.
/// </summary>
internal static class EventFormats
{
    public const string CsvHeader = EventTableWriters.CsvHeader + ",sources,source_links";

    public static JsonSerializerOptions Json { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Coder { get; } =
        "marsad " + (typeof(EventFormats).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    public static object ToJson(StoredEvent e) => new
    {
        id = e.Id,
        @event = e.Event,
        mode = e.Mode,
        context = e.Context,
        cameo = e.Cameo,
        actor = e.Actor.Select(EntityJson),
        recipient = e.Recipient.Select(EntityJson),
        about = e.About,
        date = e.Date,
        date_from = e.DateFrom,
        modality = e.Modality,
        sources = e.SourceCount,
        reports = e.Sources.Select(static s => new
        {
            document = s.DocumentId,
            source = s.Source,
            url = s.Url,
            title = s.Title,
            published = s.Published,
            event_id = s.EventId,
            trigger = s.Trigger,
            sentence = s.Sentence,
            rule = s.Rule,
        }),
    };

    public static string PloverLines(IEnumerable<StoredEvent> events, DateTimeOffset now)
    {
        var codedDate = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        foreach (var e in events)
        {
            var first = e.Sources.Count > 0 ? e.Sources[0] : null;
            builder.Append(JsonSerializer.Serialize(
                new
                {
                    id = e.Id,
                    date = e.Date,
                    actor = e.Actor.Select(static x => new { id = x.Id, name = x.Name, country = x.Country, sector = x.Sector }),
                    recipient = e.Recipient.Select(static x => new { id = x.Id, name = x.Name, country = x.Country, sector = x.Sector }),
                    @event = e.Event,
                    mode = e.Mode,
                    context = e.Context,
                    cameo = e.Cameo,
                    modality = e.Modality,
                    event_text = first?.Trigger,
                    text = first?.Sentence,
                    link = Link(first),
                    links = e.Sources.Select(Link).Distinct(StringComparer.Ordinal),
                    sources = e.SourceCount,
                    coder = Coder,
                    coded_date = codedDate,
                },
                Json)).Append('\n');
        }

        return builder.ToString();
    }

    public static string Csv(IEnumerable<StoredEvent> events)
    {
        var builder = new StringBuilder(CsvHeader).Append('\n');
        foreach (var e in events)
        {
            var first = e.Sources.Count > 0 ? e.Sources[0] : null;
            string?[] fields =
            [
                e.Id, e.Date, e.DateFrom,
                string.Join('|', e.Actor.Select(static x => x.Id)), string.Join('|', e.Actor.Select(static x => x.Name ?? x.Id)),
                string.Join('|', e.Actor.Select(static x => x.Country ?? "")), string.Join('|', e.Actor.Select(static x => x.Sector ?? "")),
                string.Join('|', e.Recipient.Select(static x => x.Id)), string.Join('|', e.Recipient.Select(static x => x.Name ?? x.Id)),
                string.Join('|', e.Recipient.Select(static x => x.Country ?? "")), string.Join('|', e.Recipient.Select(static x => x.Sector ?? "")),
                e.Event, e.Mode, e.Cameo, e.Cameo is { Length: >= 2 } c ? c[..2] : null,
                EventTableWriters.QuadClass(e.Event).ToString(CultureInfo.InvariantCulture),
                string.Join('|', e.Modality), first?.Trigger, first?.Sentence, Link(first),
                e.SourceCount.ToString(CultureInfo.InvariantCulture), string.Join('|', e.Sources.Select(Link).Distinct(StringComparer.Ordinal)),
            ];
            builder.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }

        return builder.ToString();
    }

    private static object EntityJson(EntityRef x) => new { id = x.Id, name = x.Name, name_ar = x.NameAr, country = x.Country, sector = x.Sector };

    private static string? Link(EventSource? source) => source is null ? null : source.Url ?? source.Source;

    /// <summary>RFC 4180 quoting; a field that starts like a spreadsheet formula is prefixed with ' so opening the CSV runs nothing.</summary>
    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        if (field[0] is '=' or '+' or '-' or '@' && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
