using System.Text;
using Marsad.Model;
using Marsad.Reading;

namespace Marsad.Tests.Reading;

/// <summary>Real input files copied beside the tests, and a helper to read bytes through the reader.</summary>
internal static class ReadingFixtures
{
    public static string SeedTextPath { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt");

    public static string SeedHtmlPath { get; } = Fixture("kazakhstan-abraham-accords.html");

    public static string SeedGoldPath { get; } = Fixture("kazakhstan-abraham-accords.gold.json");

    public static string JsonLinesPath { get; } = Fixture("articles.jsonl");

    /// <summary>The seed article as written (UTF-8, no BOM).</summary>
    public static string SeedText { get; } = File.ReadAllText(SeedTextPath, Encoding.UTF8);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", name);

    /// <summary>Bytes of <paramref name="text"/> in the code page or encoding named, e.g. "windows-1256".</summary>
    public static byte[] Encode(string text, string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(encodingName).GetBytes(text);
    }

    public static List<ReadResult> Read(string source, byte[] bytes, DateOnly? published = null) =>
        ArticleReader.Default.Read(source, bytes, new ReaderOptions { Published = published }).ToList();

    /// <summary>Reads an input expected to hold exactly one article, and returns it.</summary>
    public static SourceDocument ReadOne(string source, byte[] bytes, DateOnly? published = null)
    {
        var results = Read(source, bytes, published);
        var result = Assert.Single(results);
        Assert.Null(result.Error);
        return Assert.IsType<SourceDocument>(result.Document);
    }

    public static SourceDocument ReadText(string text, string source = "article.txt") =>
        ReadOne(source, Encoding.UTF8.GetBytes(text));
}
