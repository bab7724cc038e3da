using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// The events of an <see cref="Analysis"/> in the formats event-data users load elsewhere:
/// PLOVER JSON lines (one event a line) and a flat CSV with GDELT-like columns. The coded date comes
/// from the injected clock, never from the wall clock directly.
/// </summary>
public static class EventTableWriters
{
    /// <summary>The CSV header; one row per event follows.</summary>
    public const string CsvHeader =
        "event_id,date,date_from,actor1_ids,actor1_name,actor1_country,actor1_sector,actor2_ids,actor2_name,actor2_country,actor2_sector,plover_event,plover_mode,cameo,cameo_root,quad_class,modality,trigger,sentence,source";

    /// <summary>Writes each event as a PLOVER JSON line.</summary>
    public static void WritePlover(TextWriter writer, Analysis analysis, TimeProvider clock, string coder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(clock);
        var codedDate = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var e in analysis.Events)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                json.WriteString("date", e.Date);
                WriteSide(json, "actor", e.Actor, analysis);
                WriteSide(json, "recipient", e.Recipient, analysis);
                json.WriteString("event", e.Event);
                json.WriteString("mode", e.Mode);
                json.WriteStartArray("context");
                foreach (var context in e.Context)
                {
                    json.WriteStringValue(context);
                }

                json.WriteEndArray();
                json.WriteString("cameo", e.Cameo);
                json.WriteStartArray("modality");
                foreach (var modality in e.Modality)
                {
                    json.WriteStringValue(modality);
                }

                json.WriteEndArray();
                json.WriteString("event_text", e.Trigger.Text);
                json.WriteString("text", SentenceText(analysis, e));
                json.WriteString("link", analysis.Source);
                json.WriteString("coder", coder);
                json.WriteString("coded_date", codedDate);
                json.WriteEndObject();
            }

            writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    /// <summary>Writes each event as a CSV row (RFC 4180 quoting), without the header.</summary>
    public static void WriteCsv(TextWriter writer, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var e in analysis.Events)
        {
            var actor = Side(e.Actor, analysis);
            var recipient = Side(e.Recipient, analysis);
            string?[] fields =
            [
                e.Id, e.Date, e.DateFrom,
                actor.Ids, actor.Names, actor.Countries, actor.Sectors,
                recipient.Ids, recipient.Names, recipient.Countries, recipient.Sectors,
                e.Event, e.Mode, e.Cameo, e.Cameo is { Length: >= 2 } c ? c[..2] : null,
                QuadClass(e.Event).ToString(CultureInfo.InvariantCulture),
                string.Join('|', e.Modality), e.Trigger.Text, SentenceText(analysis, e), analysis.Source,
            ];
            writer.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    /// <summary>
    /// GDELT's quad class of a PLOVER type: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    /// </summary>
    public static int QuadClass(string ploverEvent) => ploverEvent switch
    {
        "AGREE" or "CONSULT" or "SUPPORT" => 1,
        "CONCEDE" or "COOPERATE" or "AID" or "RETREAT" => 2,
        "REQUEST" or "ACCUSE" or "REJECT" or "THREATEN" => 3,
        _ => 4,
    };

    private static string SentenceText(Analysis analysis, EventRecord e) =>
        e.Sentence >= 0 && e.Sentence < analysis.Sentences.Length ? analysis.Sentences[e.Sentence].Span.Slice(analysis.Text) : e.Trigger.Text;

    private static void WriteSide(Utf8JsonWriter json, string name, IEnumerable<string> ids, Analysis analysis)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            var entity = analysis.Entities.FirstOrDefault(x => x.Id == id);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", entity?.Name);
            json.WriteString("country", entity?.Country);
            json.WriteString("sector", entity?.Sector);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static (string Ids, string Names, string Countries, string Sectors) Side(IEnumerable<string> ids, Analysis analysis)
    {
        var entities = ids.Select(id => (Id: id, Entity: analysis.Entities.FirstOrDefault(x => x.Id == id))).ToList();
        return (
            string.Join('|', entities.Select(x => x.Id)),
            string.Join('|', entities.Select(x => x.Entity?.Name ?? x.Id)),
            string.Join('|', entities.Select(x => x.Entity?.Country ?? "")),
            string.Join('|', entities.Select(x => x.Entity?.Sector ?? "")));
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
