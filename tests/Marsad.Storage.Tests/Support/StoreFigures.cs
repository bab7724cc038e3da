using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Storage.Tests.Support;

/// <summary>What a complete ingest of a folder must give, and what a store says it holds, for comparing stores.</summary>
internal static class StoreFigures
{
    /// <summary>How many distinct clean texts the folder's HTML articles hold: what any complete ingest must store.</summary>
    public static int DistinctArticles(string corpus) =>
        Directory.EnumerateFiles(corpus, "*.html", SearchOption.AllDirectories)
            .Select(f => ArticleReader.Default.Read(f, File.ReadAllBytes(f), new ReaderOptions()).Single().Document!.Text)
            .Select(MarsadPipeline.ContentId)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>The counts of <c>marsad stats</c> for a store, as one comparable line.</summary>
    public static string Stats(string db)
    {
        using var json = JsonDocument.Parse(CliRun.Of("stats", "--db", db, "--format", "json").AssertExit(0).Stdout);
        var root = json.RootElement;
        return string.Join(
            ' ',
            new[] { "documents", "clusters", "clustered_documents", "entities", "mentions", "events", "event_reports", "merged_events" }
                .Select(name => $"{name}={root.GetProperty(name).GetInt64()}"));
    }
}
