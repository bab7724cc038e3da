using System.Globalization;
using System.Text.Json;
using Marsad.Model;
using Marsad.Output;
using Marsad.Storage;

namespace Marsad.Cli.Store;

/// <summary>
/// Merged events from the store as a table, or as JSON lines, PLOVER JSON lines or CSV in the formats of
/// <see cref="StoreFormats"/>, which the REST API writes too.
/// </summary>
internal static class StoredEventWriters
{
    public static void Write(TextWriter writer, IReadOnlyList<StoredEvent> events, string format, TimeProvider clock)
    {
        switch (format)
        {
            case "json":
                foreach (var e in events)
                {
                    writer.WriteLine(JsonSerializer.Serialize(StoreFormats.Json(e), Output.Json));
                }

                break;
            case "plover":
                var codedDate = EventTableWriters.CodedDate(clock.GetUtcNow());
                foreach (var e in events)
                {
                    writer.WriteLine(StoreFormats.PloverLine(e, codedDate, MarsadApp.Version()));
                }

                break;
            case "geojson":
                writer.WriteLine(System.Text.Encoding.UTF8.GetString(EventGeoJson.Bytes(events)));
                break;
            case "csv":
                writer.WriteLine(StoreFormats.CsvHeader);
                foreach (var e in events)
                {
                    writer.WriteLine(StoreFormats.CsvRow(e));
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
            writer.WriteLine($"{e.Date ?? "undated",-10}  {PloverTypes.Name(e.Event),-10} {Side(e.Actor)} → {Side(e.Recipient)}{modality}  sources: {e.SourceCount}");
            foreach (var source in e.Sources)
            {
                writer.WriteLine($"    {source.Published ?? "undated",-10}  {source.Url ?? source.Source}  «{source.Trigger}»");
            }
        }
    }

    private static string Side(IReadOnlyList<EntityRef> side) => side.Count == 0 ? "-" : string.Join('+', side.Select(static x => x.Id));
}
