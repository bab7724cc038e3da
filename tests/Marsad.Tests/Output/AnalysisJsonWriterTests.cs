using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Tests.Output;

/// <summary>How <see cref="AnalysisJsonWriter"/> hands a long rendering to its stream.</summary>
public sealed class AnalysisJsonWriterTests
{
    [Fact]
    public void An_entity_named_a_hundred_thousand_times_reaches_the_stream_in_pieces_not_all_at_once()
    {
        // A text that says الأمريكي 100,000 times: one entity, 100,000 mentions, about 7 MB of JSON.
        const string phrase = "قال المبعوث الأمريكي، ";
        const int count = 100_000;
        var text = string.Concat(Enumerable.Repeat(phrase, count));
        var at = phrase.IndexOf("الأمريكي", StringComparison.Ordinal);
        var mentions = Enumerable.Range(0, count)
            .Select(i => new Mention(new TextSpan((i * phrase.Length) + at, (i * phrase.Length) + at + 8), "الأمريكي", "adjective"))
            .ToImmutableArray();
        var analysis = new Analysis
        {
            Id = "test",
            Source = "test",
            Text = text,
            Entities = [new EntityRecord("USA", EntityType.Country, "United States", "الولايات المتحدة", "Q30", "USA", null, true, mentions)],
        };
        using var stream = new LargestWriteStream();

        using (var writer = new Utf8JsonWriter(stream, AnalysisJsonWriter.WriterOptions()))
        {
            AnalysisJsonWriter.Write(writer, analysis);
        }

        Assert.InRange(stream.LargestWrite, 1, 256 * 1024);
        using var json = JsonDocument.Parse(stream.ToArray());
        var written = json.RootElement.GetProperty("entities")[0].GetProperty("mentions");
        Assert.Equal(count, written.GetArrayLength());
        var last = written[count - 1];
        Assert.Equal("الأمريكي", text[last.GetProperty("start").GetInt32()..last.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_text_written_a_line_at_a_time_is_the_same_bytes_as_the_text_written_whole(bool withSurrogate)
    {
        // Lines with what JSON escapes (a quote, a backslash, a tab, a control character), a blank line, a line
        // longer than one 16K piece, and a break at the very end; with an emoji, the plain 16K pieces instead.
        var longLine = string.Concat(Enumerable.Repeat("أعلنت الحكومة \"خطة\" جديدة للنقل\t", 800));
        var text = "قال الوزير إن الاتفاق سيوقع غدا.\n\nوأضاف أن \\ الوفد\u0001 وصل.\n" + longLine + "\n"
            + (withSurrogate ? "رد المتحدث 😀 على السؤال.\n" : "رد المتحدث على السؤال.\n");
        var analysis = new Analysis { Id = "test", Source = "test", Text = text };
        using var written = new MemoryStream();
        using (var writer = new Utf8JsonWriter(written, AnalysisJsonWriter.WriterOptions()))
        {
            AnalysisJsonWriter.Write(writer, analysis);
        }

        using var whole = new MemoryStream();
        using (var writer = new Utf8JsonWriter(whole, AnalysisJsonWriter.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        // The whole string's bytes, "text":"…", stand in the analysis between the fields before and after it.
        var expected = System.Text.Encoding.UTF8.GetString(whole.ToArray())[1..^1];
        var output = System.Text.Encoding.UTF8.GetString(written.ToArray());
        Assert.Contains("," + expected + ",", output, StringComparison.Ordinal);
        Assert.Equal(text, JsonDocument.Parse(written.ToArray()).RootElement.GetProperty("text").GetString());
    }

    /// <summary>A memory stream that remembers the largest single write it was given.</summary>
    private sealed class LargestWriteStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        // MemoryStream's span overload calls this one in a derived class, so every write passes here once.
        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }
}
