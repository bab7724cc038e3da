using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Golden;

/// <summary>
/// The README's main job on the seed article, checked against the gold file the team wrote for it
/// (../shared/data/seed, copied into Golden/): clean text, contract and quantities. Entities are checked in
/// SeedArticleEntityTests; every section of the gold, events included, through <c>eval gold</c> in SeedArticleGoldTests.
/// </summary>
public sealed class SeedArticleGoldenTests
{
    private static readonly Lazy<(CliRun Run, JsonElement Analysis)> Main = new(() =>
    {
        var run = CliRun.Of("analyze", TestFiles.SeedArticle, "--published", "2025-11-06");
        return (run, run.Documents.Single());
    });

    private static JsonElement Gold { get; } =
        JsonDocument.Parse(File.ReadAllText(TestFiles.Golden("kazakhstan-abraham-accords.gold.json"))).RootElement;

    private static JsonElement Analysis => Main.Value.Analysis;

    private static string Text => Analysis.GetProperty("text").GetString()!;

    [Fact]
    public void Main_job_succeeds_with_one_document_and_no_messages()
    {
        Assert.Equal(0, Main.Value.Run.ExitCode);
        Assert.Equal("", Main.Value.Run.Stderr);
    }

    public static TheoryData<string> MustDrop() => [.. Gold.GetProperty("clean_text").GetProperty("must_drop").EnumerateArray().Select(e => e.GetString()!)];

    public static TheoryData<string> MustKeep() => [.. Gold.GetProperty("clean_text").GetProperty("must_keep").EnumerateArray().Select(e => e.GetString()!)];

    [Theory]
    [MemberData(nameof(MustDrop))]
    public void Boilerplate_is_absent_from_text_and_reported_in_removed(string boilerplate)
    {
        Assert.DoesNotContain(boilerplate, Text, StringComparison.Ordinal);
        var removed = Analysis.GetProperty("removed").EnumerateArray().ToList();
        Assert.Contains(removed, piece => piece.GetProperty("text").GetString()!.Contains(boilerplate, StringComparison.Ordinal));
        Assert.All(removed, piece => Assert.False(string.IsNullOrWhiteSpace(piece.GetProperty("reason").GetString())));
    }

    [Theory]
    [MemberData(nameof(MustKeep))]
    public void Article_sentences_are_kept(string kept) => Assert.Contains(kept, Text, StringComparison.Ordinal);

    [Fact]
    public void The_contract_fields_come_in_order_with_every_array_present()
    {
        string[] expected = ["schema", "id", "source", "source_id", "title", "language", "published", "text", "removed", "sentences", "entities", "times", "quantities", "events"];
        Assert.Equal(expected, Analysis.EnumerateObject().Select(p => p.Name));
        Assert.Equal("marsad.analysis/1", Analysis.GetProperty("schema").GetString());
        Assert.Equal("2025-11-06", Analysis.GetProperty("published").GetString());
        Assert.Equal("ar", Analysis.GetProperty("language").GetString());
        foreach (var array in expected[8..])
        {
            Assert.Equal(JsonValueKind.Array, Analysis.GetProperty(array).ValueKind);
        }
    }

    [Fact]
    public void Id_is_the_sha256_of_the_text()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(expected, Analysis.GetProperty("id").GetString());
    }

    [Fact]
    public void Sentences_are_valid_code_point_spans_in_order()
    {
        var sentences = Analysis.GetProperty("sentences").EnumerateArray().ToList();
        // Twelve article paragraphs, seventeen sentences (counted by hand; the promo paragraphs are gone).
        Assert.Equal(17, sentences.Count);
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            var start = sentence.GetProperty("start").GetInt32();
            var end = sentence.GetProperty("end").GetInt32();
            Assert.True(start >= previousEnd && end > start, $"sentence {start}-{end} after {previousEnd}");
            var slice = CodePoints.Slice(Text, start, end);
            Assert.Equal(slice.Trim(), slice);
            previousEnd = end;
        }

        Assert.Equal(CodePoints.Count(Text.TrimEnd()), previousEnd);
    }

    public static TheoryData<string> Quantities() => [.. Gold.GetProperty("quantities").EnumerateArray().Select(e => e.GetRawText())];

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Gold_quantities_are_found_with_value_unit_and_approximation(string expectationJson)
    {
        var expected = JsonDocument.Parse(expectationJson).RootElement;
        Assert.Contains(Analysis.GetProperty("quantities").EnumerateArray(), q =>
            q.GetProperty("text").GetString()!.Contains(expected.GetProperty("text").GetString()!, StringComparison.Ordinal)
            && q.GetProperty("value").GetDecimal() == expected.GetProperty("value").GetDecimal()
            && q.GetProperty("unit").GetString() == expected.GetProperty("unit").GetString()
            && q.GetProperty("approximate").GetBoolean() == expected.GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public void First_sentence_is_the_lead()
    {
        var first = Analysis.GetProperty("sentences")[0];
        var lead = CodePoints.Slice(Text, first.GetProperty("start").GetInt32(), first.GetProperty("end").GetInt32());
        Assert.StartsWith("ستعلن كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام", lead, StringComparison.Ordinal);
        Assert.EndsWith("مع إسرائيل.", lead, StringComparison.Ordinal);
    }
}
