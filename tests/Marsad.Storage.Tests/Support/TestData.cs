using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Storage.Tests.Support;

/// <summary>Files the test project copies beside itself, and real analyses of real text.</summary>
internal static class TestData
{
    public static readonly MarsadPipeline Pipeline = MarsadPipeline.CreateDefault();

    public static readonly DateTimeOffset IngestTime = new(2025, 11, 7, 12, 0, 0, TimeSpan.Zero);

    public static string SeedArticle => Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt");

    public static string TimeMlFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML");

    public static string SeedText => ArticleReader.Default.Read("seed", File.ReadAllBytes(SeedArticle), new ReaderOptions()).Single().Document!.Text;

    public static IReadOnlyList<string> Sentences => CorpusGenerator.Sentences(SeedArticle, TimeMlFolder);

    /// <summary>The stored form of an article: read as plain text, analysed by the real pipeline.</summary>
    public static DocumentRecord Record(string text, string source, DateOnly? published = null, string? title = null)
    {
        var document = new SourceDocument { Source = source, Text = text, Published = published ?? new DateOnly(2025, 11, 6), Title = title };
        return DocumentRecord.Create(Pipeline.Analyze(document), document, IngestTime);
    }
}

/// <summary>A scratch folder removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("marsad-store-test-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
