using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// Writes an <see cref="Analysis"/> as the <c>marsad.analysis/1</c> JSON object of DESIGN.md: fields in
/// the contract's order, snake_case names, offsets in code points, every array present even when empty.
/// </summary>
public static partial class AnalysisJsonWriter
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
        writer.WriteString(Names.Schema, Analysis.SchemaName);
        writer.WriteString(Names.Id, analysis.Id);
        writer.WriteString(Names.Source, analysis.Source);
        writer.WriteString(Names.SourceId, analysis.SourceId);
        writer.WriteString(Names.Title, analysis.Title);
        writer.WriteString(Names.Language, analysis.Language);
        WriteDate(writer, Names.Published, analysis.Published);
        WriteLongString(writer, Names.Text, analysis.Text);

        writer.WriteStartArray(Names.Removed);
        foreach (var piece in analysis.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Text, piece.Text);
            writer.WriteString(Names.Reason, piece.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Sentences);
        foreach (var sentence in analysis.Sentences)
        {
            writer.WriteStartObject();
            WriteOffsets(writer, index, sentence.Span);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Entities);
        foreach (var entity in analysis.Entities)
        {
            WriteEntity(writer, index, entity);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Times);
        foreach (var time in analysis.Times)
        {
            writer.WriteStartObject();
            WriteOffsets(writer, index, time.Span);
            writer.WriteString(Names.Text, time.Text);
            writer.WriteString(Names.Type, TimexTypes.Name(time.Type));
            writer.WriteString(Names.Value, time.Value);
            writer.WriteString(Names.Anchor, TimeAnchors.Name(time.Anchor));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Quantities);
        foreach (var quantity in analysis.Quantities)
        {
            writer.WriteStartObject();
            WriteOffsets(writer, index, quantity.Span);
            writer.WriteString(Names.Text, quantity.Text);
            writer.WriteNumber(Names.Value, quantity.Value);
            writer.WriteString(Names.Unit, quantity.Unit);
            writer.WriteBoolean(Names.Approximate, quantity.Approximate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Events);
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

    // A text is written a line at a time, each line break a segment of its own: a segment with nothing to escape
    // goes straight into UTF-8, where a segment holding a break goes through the escaping encoder from that break
    // on, into a buffer of UTF-16 and then UTF-8 (every article's text has breaks). Escaping is character by
    // character, so the pieces give the same bytes as the whole. A text with a surrogate keeps the plain 16K
    // pieces, so that a pair (or a lone half) is never split at a break.
    private static void WriteLongString(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        var text = value.AsSpan();
        if (text.Length <= TextSegment && !text.Contains('\n'))
        {
            writer.WriteString(name, value);
            return;
        }

        writer.WritePropertyName(name);
        var byLine = text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
        var start = 0;
        while (start < text.Length)
        {
            var rest = text[start..];
            var length = rest.Length;
            if (byLine)
            {
                length = rest[0] == '\n' ? 1 : rest.IndexOf('\n');
                if (length < 0)
                {
                    length = rest.Length;
                }
            }

            if (length > TextSegment)
            {
                length = TextSegment;
                if (char.IsHighSurrogate(rest[length - 1]))
                {
                    length--;
                }
            }

            start += length;
            writer.WriteStringValueSegment(rest[..length], start == text.Length);
            FlushWhenFull(writer);
        }
    }

    private static void WriteEntity(Utf8JsonWriter writer, CodePointIndex index, EntityRecord entity)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Id, entity.Id);
        writer.WriteString(Names.Type, EntityTypes.Name(entity.Type));
        writer.WriteString(Names.Name, entity.Name);
        writer.WriteString(Names.NameAr, entity.NameAr);
        writer.WriteString(Names.Wikidata, entity.Wikidata);
        writer.WriteString(Names.Country, entity.Country);
        writer.WriteString(Names.Sector, entity.Sector);
        writer.WriteBoolean(Names.Known, entity.Known);
        writer.WriteStartArray(Names.Mentions);
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
        writer.WriteString(Names.Id, e.Id);
        writer.WriteString(Names.Event, PloverTypes.Name(e.Event));
        writer.WriteString(Names.Mode, e.Mode);
        WriteStrings(writer, Names.Context, e.Context);
        writer.WriteString(Names.Cameo, e.Cameo);
        WriteStrings(writer, Names.Actor, e.Actor);
        WriteStrings(writer, Names.Recipient, e.Recipient);
        WriteStrings(writer, Names.About, e.About);
        writer.WriteString(Names.Date, e.Date);
        writer.WriteString(Names.DateFrom, DateSources.Name(e.DateFrom));
        // Modality values (several may stand together): future, historical (dated before publication by
        // its own clause), reported (attributed), negated (negated, denied or foiled), hypothetical
        // (condition, question, purpose, call or threat), generic (a kind, not one occurrence), background
        // (mentioned in passing: relative clause, cause, what a response answers). An event happened when
        // its modality is empty, historical or reported. See docs/ARCHITECTURE.md, Events/Decision.
        WriteModality(writer, e.Modality);
        writer.WriteNumber(Names.Sentence, e.Sentence);
        writer.WritePropertyName(Names.Trigger);
        WriteMention(writer, index, e.Trigger, withForm: false);
        writer.WriteString(Names.Rule, e.Rule);
        if (e.Goldstein is { } goldstein)
        {
            writer.WriteNumber(Names.Goldstein, goldstein);
        }
        else
        {
            writer.WriteNull(Names.Goldstein);
        }

        WritePlace(writer, e.Place);

        // Written only for an event told by more than one sentence (see the Merging pass), so that an
        // event of one sentence reads as before.
        if (!e.Supports.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Names.Supports);
            foreach (var support in e.Supports)
            {
                writer.WriteStartObject();
                writer.WriteNumber(Names.Sentence, support.Sentence);
                writer.WritePropertyName(Names.Trigger);
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
            writer.WriteNull(Names.Place);
            return;
        }

        writer.WriteStartObject(Names.Place);
        writer.WriteString(Names.Id, place.Id);
        writer.WriteString(Names.Name, place.Name);
        writer.WriteString(Names.Country, place.Country);
        WriteNumberOrNull(writer, "lat", place.Lat);
        WriteNumberOrNull(writer, "lon", place.Lon);
        if (place.GeoNames is { } geonames)
        {
            writer.WriteNumber(Names.Geonames, geonames);
        }
        else
        {
            writer.WriteNull(Names.Geonames);
        }

        writer.WriteString(Names.Precision, PlacePrecisions.Name(place.Precision));
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
        writer.WriteString(Names.Text, mention.Text);
        if (withForm)
        {
            writer.WriteString(Names.Form, mention.Form);
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
        writer.WriteNumber(Names.Start, index.ToCodePoint(span.Start));
        writer.WriteNumber(Names.End, index.ToCodePoint(span.End));
    }

    /// <summary>A named array of strings, by its encoded name and without boxing the array's enumerator.</summary>
    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteModality(Utf8JsonWriter writer, ImmutableArray<EventModality> values)
    {
        writer.WriteStartArray(Names.Modality);
        foreach (var value in values)
        {
            writer.WriteStringValue(EventModalities.Name(value));
        }

        writer.WriteEndArray();
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

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? date)
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
