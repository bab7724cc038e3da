using System.Globalization;
using System.Text.Json;
using Marsad.Output;
using Marsad.Storage;

namespace Marsad.Cli.Store;

/// <summary>
/// Merged events from the store as a table, JSON lines, PLOVER JSON lines or CSV. Each carries its
/// sources count and every source; PLOVER's <c>link</c> is the first source's, <c>links</c> all of them.
/// </summary>
internal static class StoredEventWriters
{
    public const string CsvHeader = EventTableWriters.CsvHeader + ",sources,source_links";

    public static void Write(TextWriter writer, IReadOnlyList<StoredEvent> events, string format, TimeProvider clock)
    {
        switch (format)
        {
            case "json":
                foreach (var e in events)
                {
                    writer.WriteLine(JsonSerializer.Serialize(Json(e), Output.Json));
                }

                break;
            case "plover":
                var codedDate = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                foreach (var e in events)
                {
                    writer.WriteLine(JsonSerializer.Serialize(Plover(e, codedDate), Output.Json));
                }

                break;
            case "csv":
                writer.WriteLine(CsvHeader);
                foreach (var e in events)
                {
                    writer.WriteLine(Csv(e));
                }

                break;
            default:
                Table(writer, events);
                break;
        }
    }

    private static void Table(TextWriter writer, IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0)
        {
            writer.WriteLine("no events");
            return;
        }

        foreach (var e in events)
        {
            var modality = e.Modality.Count == 0 ? "" : $" ({string.Join(", ", e.Modality)})";
            writer.WriteLine($"{e.Date ?? "undated",-10}  {e.Event,-10} {Side(e.Actor)} → {Side(e.Recipient)}{modality}  sources: {e.SourceCount}");
            foreach (var source in e.Sources)
            {
                writer.WriteLine($"    {source.Published ?? "undated",-10}  {source.Url ?? source.Source}  «{source.Trigger}»");
            }
        }
    }

    private static string Side(IReadOnlyList<EntityRef> side) => side.Count == 0 ? "-" : string.Join('+', side.Select(static x => x.Id));

    private static object Json(StoredEvent e) => new
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

    private static object EntityJson(EntityRef x) => new { id = x.Id, name = x.Name, name_ar = x.NameAr, country = x.Country, sector = x.Sector };

    private static object Plover(StoredEvent e, string codedDate) => new
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
        event_text = First(e)?.Trigger,
        text = First(e)?.Sentence,
        link = Link(First(e)),
        links = e.Sources.Select(Link).Distinct(StringComparer.Ordinal),
        sources = e.SourceCount,
        coder = MarsadApp.Version(),
        coded_date = codedDate,
    };

    private static EventSource? First(StoredEvent e) => e.Sources.Count > 0 ? e.Sources[0] : null;

    private static string? Link(EventSource? source) => source is null ? null : source.Url ?? source.Source;

    private static string Csv(StoredEvent e)
    {
        var first = First(e);
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
        return string.Join(',', fields.Select(Quote));
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        return field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
