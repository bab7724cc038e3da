using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// The one writer of the event tables event-data users load elsewhere: PLOVER JSON lines (one event a line)
/// and a flat CSV with GDELT-like columns. <c>marsad analyze</c> writes an analysis' events through it, and
/// the store's commands and the REST API their merged events (with the sources columns). The coded date
/// comes from the injected clock, never from the wall clock directly.
/// </summary>
public static class EventTableWriters
{
    /// <summary>The CSV header of an analysis' events; one row per event follows.</summary>
    public const string CsvHeader =
        "event_id,date,date_from,actor1_ids,actor1_name,actor1_country,actor1_sector,actor2_ids,actor2_name,actor2_country,actor2_sector,plover_event,plover_mode,cameo,cameo_root,quad_class,modality,trigger,sentence,source,"
        + ActionGeo.CsvColumns;

    /// <summary>The CSV header of merged events: <see cref="CsvHeader"/> and the sources count and links.</summary>
    public const string CsvHeaderWithSources = CsvHeader + ",sources,source_links";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes each event of <paramref name="analysis"/> as a PLOVER JSON line.</summary>
    public static void WritePlover(TextWriter writer, Analysis analysis, TimeProvider clock, string coder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(clock);
        var codedDate = CodedDate(clock.GetUtcNow());
        foreach (var row in EventRow.Of(analysis))
        {
            writer.WriteLine(PloverLine(row, codedDate, coder));
        }
    }

    /// <summary>Writes each event of <paramref name="analysis"/> as a CSV row, without the header.</summary>
    public static void WriteCsv(TextWriter writer, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var row in EventRow.Of(analysis))
        {
            writer.WriteLine(CsvRow(row));
        }
    }

    /// <summary>The day an event is coded on, as PLOVER's <c>coded_date</c> gives it.</summary>
    public static string CodedDate(DateTimeOffset now) => now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The PLOVER record of an event, coded by <paramref name="coder"/> on <paramref name="codedDate"/>:
    /// id, date, actor, recipient, event, mode, context, cameo, modality, event_loc, event_scale (the Goldstein
    /// score: PLOVER's floating-point scale value), event_text, text, link, then the
    /// store's links and sources where the row has them, coder and coded_date.
    /// </summary>
    public static string PloverLine(EventRow row, string codedDate, string coder)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            json.WriteString("date", row.Date);
            WriteSides(json, "actor", row.Actor);
            WriteSides(json, "recipient", row.Recipient);
            json.WriteString("event", PloverTypes.Name(row.Event));
            json.WriteString("mode", row.Mode);
            AnalysisJsonWriter.WriteStrings(json, "context", row.Context);
            json.WriteString("cameo", row.Cameo);
            AnalysisJsonWriter.WriteStrings(json, "modality", row.Modality);
            WriteLocation(json, row.Place, row.Admin1);
            AnalysisJsonWriter.WriteNumberOrNull(json, "event_scale", row.Goldstein);
            json.WriteString("event_text", row.EventText);
            json.WriteString("text", row.Text);
            json.WriteString("link", row.Link);
            if (row.Links is { } links)
            {
                AnalysisJsonWriter.WriteStrings(json, "links", links);
            }

            if (row.Sources is { } sources)
            {
                json.WriteNumber("sources", sources);
            }

            json.WriteString("coder", coder);
            json.WriteString("coded_date", codedDate);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// One CSV row (RFC 4180 quoting) in the columns of <see cref="CsvHeader"/>, or of
    /// <see cref="CsvHeaderWithSources"/> when the row has sources.
    /// </summary>
    public static string CsvRow(EventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        List<string?> fields =
        [
            row.Id, row.Date, row.DateFrom,
            .. SideColumns(row.Actor), .. SideColumns(row.Recipient),
            PloverTypes.Name(row.Event), row.Mode, row.Cameo, row.Cameo is { Length: >= 2 } c ? c[..2] : null,
            QuadClass(row.Event).ToString(CultureInfo.InvariantCulture),
            string.Join('|', row.Modality), row.EventText, row.Text, row.Link,
            .. ActionGeo.Fields(row.Place, row.Admin1, row.Goldstein, KnowledgeBase.Default),
        ];
        if (row.Sources is { } sources)
        {
            fields.Add(sources.ToString(CultureInfo.InvariantCulture));
            fields.Add(string.Join('|', row.Links ?? []));
        }

        return string.Join(',', fields.Select(Quote));
    }

    /// <summary>
    /// GDELT's quad class of a PLOVER type: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    /// </summary>
    public static int QuadClass(PloverType ploverEvent) => ploverEvent switch
    {
        PloverType.Agree or PloverType.Consult or PloverType.Support => 1,
        PloverType.Concede or PloverType.Cooperate or PloverType.Aid or PloverType.Retreat => 2,
        PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Threaten => 3,
        _ => 4,
    };

    /// <summary>
    /// The event's location as PLOVER's <c>event_loc</c>, a location object whose fields are GeoNames' own (the
    /// PLOVER manual's "Location object: identical to" GeoNames' dump readme): <c>geonameid</c>, <c>name</c>,
    /// <c>latitude</c>, <c>longitude</c>, <c>country code</c> (alpha-2) and PLOVER's added <c>cc3</c> (alpha-3),
    /// <c>admin1 code</c> (the region's code within its country, "09" of SY.09); then ours, which the manual
    /// leaves room for: <c>place_id</c> (the knowledge base's id) and <c>precision</c>. Null when nothing says where.
    /// </summary>
    private static void WriteLocation(Utf8JsonWriter json, EventPlace? place, string? admin1)
    {
        if (place is null)
        {
            json.WriteNull("event_loc");
            return;
        }

        json.WriteStartObject("event_loc");
        AnalysisJsonWriter.WriteNumberOrNull(json, "geonameid", place.GeoNames);
        json.WriteString("name", place.Name);
        AnalysisJsonWriter.WriteNumberOrNull(json, "latitude", place.Lat);
        AnalysisJsonWriter.WriteNumberOrNull(json, "longitude", place.Lon);
        json.WriteString("country code", CountryCodes.Alpha2(place.Country));
        json.WriteString("cc3", place.Country);
        var dot = admin1?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        json.WriteString("admin1 code", dot > 0 ? admin1![(dot + 1)..] : null);
        json.WriteString("place_id", place.Id);
        json.WriteString("precision", PlacePrecisions.Name(place.Precision));
        json.WriteEndObject();
    }

    private static string[] SideColumns(IReadOnlyList<EventSide> side) =>
    [
        string.Join('|', side.Select(static x => x.Id)),
        string.Join('|', side.Select(static x => x.Name ?? x.Id)),
        string.Join('|', side.Select(static x => x.Country ?? "")),
        string.Join('|', side.Select(static x => x.Sector ?? "")),
    ];

    private static void WriteSides(Utf8JsonWriter json, string name, IReadOnlyList<EventSide> side)
    {
        json.WriteStartArray(name);
        foreach (var x in side)
        {
            json.WriteStartObject();
            json.WriteString("id", x.Id);
            json.WriteString("name", x.Name);
            json.WriteString("country", x.Country);
            json.WriteString("sector", x.Sector);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

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
