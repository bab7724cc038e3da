using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// Writes an <see cref="Analysis"/> as the <c>marsad.analysis/1</c> JSON object of DESIGN.md: fields in
/// the contract's order, snake_case names, offsets in code points, every array present even when empty.
/// </summary>
public static class AnalysisJsonWriter
{
    /// <summary>Arabic stays readable in the output; JSON escapes only what JSON requires.</summary>
    public static JsonWriterOptions WriterOptions(bool indented = false) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };

    public static void Write(Utf8JsonWriter writer, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        var index = new CodePointIndex(analysis.Text);

        writer.WriteStartObject();
        writer.WriteString("schema", Analysis.SchemaName);
        writer.WriteString("id", analysis.Id);
        writer.WriteString("source", analysis.Source);
        writer.WriteString("source_id", analysis.SourceId);
        writer.WriteString("title", analysis.Title);
        writer.WriteString("language", analysis.Language);
        WriteDate(writer, "published", analysis.Published);
        WriteLongString(writer, "text", analysis.Text);

        writer.WriteStartArray("removed");
        foreach (var piece in analysis.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", piece.Text);
            writer.WriteString("reason", piece.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sentences");
        foreach (var sentence in analysis.Sentences)
        {
            writer.WriteStartObject();
            WriteOffsets(writer, index, sentence.Span);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            WriteEntity(writer, index, entity);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("times");
        foreach (var time in analysis.Times)
        {
            writer.WriteStartObject();
            WriteOffsets(writer, index, time.Span);
            writer.WriteString("text", time.Text);
            writer.WriteString("type", time.Type);
            writer.WriteString("value", time.Value);
            writer.WriteString("anchor", time.Anchor);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quantities");
        foreach (var quantity in analysis.Quantities)
        {
            writer.WriteStartObject();
            WriteOffsets(writer, index, quantity.Span);
            writer.WriteString("text", quantity.Text);
            writer.WriteNumber("value", quantity.Value);
            writer.WriteString("unit", quantity.Unit);
            writer.WriteBoolean("approximate", quantity.Approximate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("events");
        foreach (var e in analysis.Events)
        {
            WriteEvent(writer, index, e);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Utf8JsonWriter sizes its buffer for the worst-case escaping of a whole value (several bytes per
    // character); writing a long text in segments keeps a 50 MB article from needing that all at once.
    private const int TextSegment = 16 * 1024;

    private static void WriteLongString(Utf8JsonWriter writer, string name, string value)
    {
        if (value.Length <= TextSegment)
        {
            writer.WriteString(name, value);
            return;
        }

        writer.WritePropertyName(name);
        var start = 0;
        while (start < value.Length)
        {
            var length = Math.Min(TextSegment, value.Length - start);
            if (start + length < value.Length && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            var isFinal = start + length == value.Length;
            writer.WriteStringValueSegment(value.AsSpan(start, length), isFinal);
            writer.Flush();
            start += length;
        }
    }

    private static void WriteEntity(Utf8JsonWriter writer, CodePointIndex index, EntityRecord entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("type", entity.Type);
        writer.WriteString("name", entity.Name);
        writer.WriteString("name_ar", entity.NameAr);
        writer.WriteString("wikidata", entity.Wikidata);
        writer.WriteString("country", entity.Country);
        writer.WriteString("sector", entity.Sector);
        writer.WriteBoolean("known", entity.Known);
        writer.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            WriteMention(writer, index, mention, withForm: true);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, CodePointIndex index, EventRecord e)
    {
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("event", e.Event);
        writer.WriteString("mode", e.Mode);
        WriteStrings(writer, "context", e.Context);
        writer.WriteString("cameo", e.Cameo);
        WriteStrings(writer, "actor", e.Actor);
        WriteStrings(writer, "recipient", e.Recipient);
        WriteStrings(writer, "about", e.About);
        writer.WriteString("date", e.Date);
        writer.WriteString("date_from", e.DateFrom);
        // Modality values (several may stand together): future, historical (dated before publication by
        // its own clause), reported (attributed), negated (negated, denied or foiled), hypothetical
        // (condition, question, purpose, call or threat), generic (a kind, not one occurrence), background
        // (mentioned in passing: relative clause, cause, what a response answers). An event happened when
        // its modality is empty, historical or reported. See docs/ARCHITECTURE.md, Events/Decision.
        WriteStrings(writer, "modality", e.Modality);
        writer.WriteNumber("sentence", e.Sentence);
        writer.WritePropertyName("trigger");
        WriteMention(writer, index, e.Trigger, withForm: false);
        writer.WriteString("rule", e.Rule);
        if (e.Goldstein is { } goldstein)
        {
            writer.WriteNumber("goldstein", goldstein);
        }
        else
        {
            writer.WriteNull("goldstein");
        }

        WritePlace(writer, e.Place);

        // Written only for an event told by more than one sentence (see the Merging pass), so that an
        // event of one sentence reads as before.
        if (!e.Supports.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("supports");
            foreach (var support in e.Supports)
            {
                writer.WriteStartObject();
                writer.WriteNumber("sentence", support.Sentence);
                writer.WritePropertyName("trigger");
                WriteMention(writer, index, support.Trigger, withForm: false);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>An event's place, or null when nothing in the text says where it happened.</summary>
    private static void WritePlace(Utf8JsonWriter writer, EventPlace? place)
    {
        if (place is null)
        {
            writer.WriteNull("place");
            return;
        }

        writer.WriteStartObject("place");
        writer.WriteString("id", place.Id);
        writer.WriteString("name", place.Name);
        writer.WriteString("country", place.Country);
        WriteNumberOrNull(writer, "lat", place.Lat);
        WriteNumberOrNull(writer, "lon", place.Lon);
        if (place.GeoNames is { } geonames)
        {
            writer.WriteNumber("geonames", geonames);
        }
        else
        {
            writer.WriteNull("geonames");
        }

        writer.WriteString("precision", PlacePrecisions.Name(place.Precision));
        writer.WriteEndObject();
    }

    /// <summary>A number, or null when there is none (the event tables and the GeoJSON write theirs the same way).</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteMention(Utf8JsonWriter writer, CodePointIndex index, Mention mention, bool withForm)
    {
        writer.WriteStartObject();
        WriteOffsets(writer, index, mention.Span);
        writer.WriteString("text", mention.Text);
        if (withForm)
        {
            writer.WriteString("form", mention.Form);
        }

        writer.WriteEndObject();
        FlushWhenFull(writer);
    }

    // The writer holds what it has written until it is flushed, growing its buffer by doubling; a text with
    // hundreds of thousands of mentions would hold its whole rendering twice over.
    private const int FlushThreshold = 64 * 1024;

    private static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    private static void WriteOffsets(Utf8JsonWriter writer, CodePointIndex index, TextSpan span)
    {
        writer.WriteNumber("start", index.ToCodePoint(span.Start));
        writer.WriteNumber("end", index.ToCodePoint(span.End));
    }

    /// <summary>A named array of strings (the PLOVER writer's too).</summary>
    internal static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
