using System.Text;
using System.Text.Json;
using Marsad.Model;
using Marsad.Reading;
using Marsad.Recognition.Times;
using Marsad.Tests.Support;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Times;

/// <summary>The seed article (published Thursday 6 November 2025) read through the article reader, against its gold times.</summary>
public sealed class SeedArticleTimeTests
{
    private static readonly Model.SourceDocument Seed = ArticleReader.Default
        .Read(TestFiles.SeedArticle, File.ReadAllBytes(TestFiles.SeedArticle), new ReaderOptions { Published = new DateOnly(2025, 11, 6) })
        .Single().Document!;

    private static readonly List<Model.TimeExpression> Found =
        [.. TimeRecognizer.Default.Recognize(TextAnalysis.Create(Seed.Text), Seed.Published)];

    [Fact]
    public void Every_gold_time_is_found_with_its_value()
    {
        var goldPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", "kazakhstan-abraham-accords.gold.json");
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath, Encoding.UTF8));
        foreach (var time in gold.RootElement.GetProperty("times").EnumerateArray())
        {
            var text = time.GetProperty("text").GetString()!;
            var values = time.TryGetProperty("values", out var many)
                ? many.EnumerateArray().Select(v => v.GetString()).ToList()
                : [time.GetProperty("value").GetString()];
            var minCount = time.TryGetProperty("min_count", out var count) ? count.GetInt32() : 1;
            var matches = Found.Where(t => t.Text == text).ToList();
            Assert.True(matches.Count >= minCount, $"{text}: found {matches.Count}, want {minCount}");
            Assert.All(matches, m => Assert.Contains(m.Value, values));
        }
    }

    [Fact]
    public void The_seed_article_has_exactly_its_seven_time_expressions()
    {
        Assert.Equal(
            [
                ("يوم الخميس", "DATE", "2025-11-06"),
                ("يوم الخميس", "DATE", "2025-11-06"),
                ("يوم الخميس", "DATE", "2025-11-06"),
                ("عام 1992", "DATE", "1992"),
                ("القرن التاسع عشر", "DATE", "18"),
                ("2020", "DATE", "2020"),
                ("عقود من الزمن", "DURATION", "PXDE"),
            ],
            Found.Select(t => (t.Text, TimexTypes.Name(t.Type), t.Value)));
        Assert.All(Found, t => Assert.Equal(t.Span.Slice(Seed.Text), t.Text));
    }
}
