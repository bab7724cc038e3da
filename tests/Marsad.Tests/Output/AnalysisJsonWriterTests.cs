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
