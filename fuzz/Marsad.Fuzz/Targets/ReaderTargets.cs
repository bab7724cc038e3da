using Marsad.Reading;
using Marsad.Storage.Ingest;

namespace Marsad.Fuzz.Targets;

/// <summary>The readers on arbitrary bytes, as <c>marsad ingest</c> calls them.</summary>
internal static class ReaderTargets
{
    private static readonly ReaderOptions Options = new() { Published = new DateOnly(2025, 11, 6) };

    /// <summary>No telling name: the encoding and the format are found from the bytes alone.</summary>
    public static void Encoding(byte[] input) => Article("input", input);

    /// <summary>A .html name: a page whose start does not look like HTML is still read as HTML if it has tags.</summary>
    public static void Html(byte[] input) => Article("input.html", input);

    public static void Feed(byte[] input)
    {
        // As the ingest does it: what looks like a feed goes to the feed reader, the rest to the article reader.
        var results = FeedReader.LooksLikeFeed(input)
            ? FeedReader.Read("feed.xml", input, Options).ToList()
            : ArticleReader.Default.Read("feed.xml", input, Options).ToList();
        CleanTextInvariants.Check(results, "feed.xml");
    }

    private static void Article(string source, byte[] input)
    {
        var results = ArticleReader.Default.Read(source, input, Options).ToList();
        Invariant.That(results.Count >= 1, "an input gave no result at all");
        CleanTextInvariants.Check(results, source);
    }
}
