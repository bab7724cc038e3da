using System.Text;
using System.Text.Json;
using Marsad.Model;
using Marsad.Output;
using Marsad.Tests.Support;

namespace Marsad.Tests.Output;

/// <summary>The one reader of the contract gives back what the writer wrote, spans and all.</summary>
public sealed class AnalysisJsonReaderTests
{
    // Pairs outside the Basic Multilingual Plane before the names: code points and UTF-16 units differ.
    private const string WithEmoji =
        "😀 قال وزير الخارجية الأمريكي إن 🇸🇦 السعودية ستستضيف محادثات مع إيران يوم الخميس. وارتفع سعر النفط 5 بالمائة.";

    public static TheoryData<string> Texts() =>
    [
        WithEmoji,
        "التقى رئيس الوزراء المصري بنظيره الأردني في عمان أمس، وبحثا التعاون في مجال المياه.",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reading_what_the_writer_wrote_and_writing_it_again_gives_the_same_bytes(string text)
    {
        var written = CliRun.WithInput(Encoding.UTF8.GetBytes(text), "analyze", "-", "--published", "2025-11-06").Stdout.TrimEnd('\n');
        var read = AnalysisJsonReader.Read(written);
        Assert.Equal(written, Write(read));
        Assert.NotEmpty(read.Entities);
    }

    [Fact]
    public void Spans_read_back_are_utf16_spans_that_slice_the_text_they_name()
    {
        var written = CliRun.WithInput(Encoding.UTF8.GetBytes(WithEmoji), "analyze", "-", "--published", "2025-11-06").Stdout;
        var read = AnalysisJsonReader.Read(written);
        var mentions = read.Entities.SelectMany(static e => e.Mentions).ToList();
        Assert.Contains(mentions, static m => m.Text == "السعودية");
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(read.Text)));
        Assert.All(read.Times, t => Assert.Equal(t.Text, t.Span.Slice(read.Text)));
        Assert.All(read.Quantities, q => Assert.Equal(q.Text, q.Span.Slice(read.Text)));
        Assert.All(read.Events, e => Assert.Equal(e.Trigger.Text, e.Trigger.Span.Slice(read.Text)));
        Assert.Equal(new DateOnly(2025, 11, 6), read.Published);
    }

    [Fact]
    public void An_event_place_and_goldstein_score_are_read_back_as_written()
    {
        var written = CliRun.WithInput(Encoding.UTF8.GetBytes(WithEmoji), "analyze", "-", "--published", "2025-11-06").Stdout.TrimEnd('\n');
        var read = AnalysisJsonReader.Read(written);
        Assert.NotEmpty(read.Events);
        var place = new EventPlace("place/damascus", "Damascus", "SYR", 33.5102, 36.29128, 170654, PlacePrecision.Place);
        var placed = read with { Events = [.. read.Events.Select(e => e with { Goldstein = -10, Place = place })] };

        var again = AnalysisJsonReader.Read(Write(placed));

        Assert.All(again.Events, e => Assert.Equal(place, e.Place));
        Assert.All(again.Events, e => Assert.Equal(-10, e.Goldstein));
        Assert.Contains("\"precision\":\"place\"", Write(placed), StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_place_without_a_geonames_id_or_a_sea_without_a_point_is_read_back()
    {
        var written = CliRun.WithInput(Encoding.UTF8.GetBytes(WithEmoji), "analyze", "-", "--published", "2025-11-06").Stdout.TrimEnd('\n');
        var read = AnalysisJsonReader.Read(written);
        var country = new EventPlace("SYR", "Syria", "SYR", 33.5102, 36.29128, null, PlacePrecision.Country);
        var sea = new EventPlace("place/red-sea", "Red Sea", null, null, null, null, PlacePrecision.Place);
        foreach (var place in new[] { country, sea })
        {
            var placed = read with { Events = [.. read.Events.Select(e => e with { Place = place })] };
            Assert.All(AnalysisJsonReader.Read(Write(placed)).Events, e => Assert.Equal(place, e.Place));
        }
    }

    [Fact]
    public void Json_of_another_schema_is_refused_by_name()
    {
        var error = Assert.Throws<JsonException>(() => AnalysisJsonReader.Read("""{"schema":"other/2","text":""}"""));
        Assert.Contains(Analysis.SchemaName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_type_the_contract_does_not_name_is_refused_by_name()
    {
        var error = Assert.Throws<JsonException>(() => AnalysisJsonReader.Read(
            """{"schema":"marsad.analysis/1","id":"x","text":"","entities":[{"id":"USA","type":"Country"}]}"""));
        Assert.Contains("'Country' is not an entity type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_modality_value_the_contract_does_not_name_is_refused()
    {
        var error = Assert.Throws<JsonException>(() => AnalysisJsonReader.Read(
            """{"schema":"marsad.analysis/1","id":"x","text":"","events":[{"id":"e","event":"AGREE","modality":["maybe"]}]}"""));
        Assert.Contains("\"maybe\" is not a modality value", error.Message, StringComparison.Ordinal);
    }

    private static string Write(Analysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalysisJsonWriter.WriterOptions()))
        {
            AnalysisJsonWriter.Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
