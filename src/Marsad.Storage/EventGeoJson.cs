using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Storage;

/// <summary>
/// Merged events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per event whose place has
/// coordinates, in <c>[longitude, latitude]</c> order; events without coordinates are left out and counted
/// in the foreign member <c>events_without_coordinates</c>, so a map never pretends to show them all.
/// Properties carry what a map shows and links to: the event, its sides, place, score, sources count and
/// its first report's document, trigger and sentence.
/// </summary>
public static class EventGeoJson
{
    /// <summary>The media type RFC 7946 registers.</summary>
    public const string MediaType = "application/geo+json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The FeatureCollection as UTF-8 bytes.</summary>
    public static byte[] Bytes(IReadOnlyList<StoredEvent> events)
    {
        using var buffer = new MemoryStream();
        Write(buffer, events);
        return buffer.ToArray();
    }

    public static void Write(Stream stream, IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var without = 0;
        foreach (var e in events)
        {
            if (e.Place is { Lat: { } lat, Lon: { } lon } place)
            {
                Feature(json, e, place, lat, lon);
            }
            else
            {
                without++;
            }
        }

        json.WriteEndArray();
        json.WriteNumber("events_without_coordinates", without);
        json.WriteEndObject();
    }

    private static void Feature(Utf8JsonWriter json, StoredEvent e, EventPlace place, double lat, double lon)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", e.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(lon);
        json.WriteNumberValue(lat);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("event", PloverTypes.Name(e.Event));
        json.WriteString("mode", e.Mode);
        json.WriteString("cameo", e.Cameo);
        json.WriteNumber("quad_class", EventTableWriters.QuadClass(e.Event));
        AnalysisJsonWriter.WriteNumberOrNull(json, "goldstein", e.Goldstein);

        json.WriteString("date", e.Date);
        Sides(json, "actor", e.Actor);
        Sides(json, "recipient", e.Recipient);
        json.WriteStartObject("place");
        json.WriteString("id", place.Id);
        json.WriteString("name", place.Name);
        json.WriteString("country", place.Country);
        json.WriteString("precision", PlacePrecisions.Name(place.Precision));
        AnalysisJsonWriter.WriteNumberOrNull(json, "geonames", place.GeoNames);

        json.WriteEndObject();
        json.WriteNumber("sources", e.SourceCount);
        if (e.Sources.Count > 0)
        {
            var first = e.Sources[0];
            json.WriteString("document", first.DocumentId);
            json.WriteString("event_id", first.EventId);
            json.WriteString("trigger", first.Trigger);
            json.WriteString("sentence", first.Sentence);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Sides(Utf8JsonWriter json, string name, IReadOnlyList<EntityRef> side)
    {
        json.WriteStartArray(name);
        foreach (var x in side)
        {
            json.WriteStartObject();
            json.WriteString("id", x.Id);
            json.WriteString("name", x.Name);
            json.WriteString("name_ar", x.NameAr);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
