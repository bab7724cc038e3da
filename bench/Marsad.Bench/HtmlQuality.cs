using System.Globalization;
using System.Text;
using Marsad.Reading;

namespace Marsad.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Marsad.Bench -- html-quality`: for Marsad's HTML reader and
/// SmartReader on the same pages, the share of article paragraphs kept whole and the share of
/// boilerplate pieces dropped. Whitespace is collapsed before comparing; nothing else is forgiven.
/// </summary>
internal static class HtmlQuality
{
    public static int Report(TextWriter output)
    {
        var pages = NewsPages.Build(BenchCorpus.Articles(maxChars: 120_000));
        var notArticle = SeedBoilerplate();
        var marsad = new Score(notArticle);
        var smart = new Score(notArticle);
        foreach (var page in pages)
        {
            var ours = ArticleReader.Default.Read("article.html", Encoding.UTF8.GetBytes(page.Html), new ReaderOptions())
                .Single().Document?.Text ?? string.Empty;
            var theirs = SmartReader.Reader.ParseArticle("https://news.example/article", page.Html, null).TextContent ?? string.Empty;
            marsad.Add(page, ours);
            smart.Add(page, theirs);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages: {pages.Count}"));
        output.WriteLine("reader        article paragraphs kept   boilerplate pieces dropped");
        output.WriteLine(marsad.Line("Marsad"));
        output.WriteLine(smart.Line("SmartReader"));
        return 0;
    }

    /// <summary>
    /// The sample article's text file still holds its site's newsletter and share lines; the seed gold
    /// lists them as must_drop, so they are not counted as article paragraphs a reader should keep.
    /// </summary>
    private static string[] SeedBoilerplate()
    {
        var gold = BenchCorpus.FindShared(Path.Combine("data", "seed", "kazakhstan-abraham-accords.gold.json"));
        if (gold is null)
        {
            return [];
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(gold));
        return [.. json.RootElement.GetProperty("clean_text").GetProperty("must_drop").EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
    }

    private sealed class Score(string[] notArticle)
    {
        private int _kept, _paragraphs, _dropped, _pieces;

        public void Add(NewsPages.Page page, string extracted)
        {
            var text = Collapse(extracted);
            foreach (var paragraph in page.Paragraphs)
            {
                if (notArticle.Any(piece => paragraph.Contains(piece, StringComparison.Ordinal)))
                {
                    continue;
                }

                _paragraphs++;
                var found = text.Contains(Collapse(paragraph), StringComparison.Ordinal);
                _kept += found ? 1 : 0;
                if (!found && Environment.GetEnvironmentVariable("MARSAD_BENCH_VERBOSE") is not null)
                {
                    Console.Error.WriteLine($"missed paragraph: {paragraph}");
                }
            }

            foreach (var piece in NewsPages.Boilerplate)
            {
                _pieces++;
                var kept = text.Contains(piece, StringComparison.Ordinal);
                _dropped += kept ? 0 : 1;
                if (kept && Environment.GetEnvironmentVariable("MARSAD_BENCH_VERBOSE") is not null)
                {
                    Console.Error.WriteLine($"kept boilerplate: {piece}");
                }
            }
        }

        public string Line(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name,-13} {_kept,6}/{_paragraphs,-6} {(double)_kept / _paragraphs,6:P1}      {_dropped,6}/{_pieces,-6} {(double)_dropped / _pieces,6:P1}");

        private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
