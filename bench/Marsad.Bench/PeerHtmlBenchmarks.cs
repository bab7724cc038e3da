using System.Text;
using BenchmarkDotNet.Attributes;
using Marsad.Reading;

namespace Marsad.Bench;

/// <summary>
/// Marsad's HTML reader beside SmartReader (a port of Mozilla Readability) on the same news pages in the
/// same run. Both get the page as a string-derived input and return the length of the article text they
/// extracted. Quality (article text kept, boilerplate dropped) is reported by <c>html-quality</c>.
/// </summary>
[MemoryDiagnoser]
public class PeerHtmlBenchmarks
{
    private IReadOnlyList<NewsPages.Page> _pages = [];
    private byte[][] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _pages = NewsPages.Build(BenchCorpus.Articles(maxChars: 120_000));
        _bytes = [.. _pages.Select(p => Encoding.UTF8.GetBytes(p.Html))];
        Console.WriteLine($"// pages: {_pages.Count}, {_bytes.Sum(b => (long)b.Length):N0} bytes of HTML");
    }

    [Benchmark(Baseline = true)]
    public long SmartReaderArticles()
    {
        long length = 0;
        foreach (var page in _pages)
        {
            length += SmartReader.Reader.ParseArticle("https://news.example/article", page.Html, null).TextContent?.Length ?? 0;
        }

        return length;
    }

    [Benchmark]
    public long MarsadHtmlReader()
    {
        long length = 0;
        var options = new ReaderOptions();
        foreach (var bytes in _bytes)
        {
            foreach (var result in ArticleReader.Default.Read("article.html", bytes, options))
            {
                length += result.Document?.Text.Length ?? 0;
            }
        }

        return length;
    }
}
