using Marsad.Storage.Tests.Support;

namespace Marsad.Load;

/// <summary>
/// The articles the writer posts: HTML pages made by the store tests' generator from real sentences (the seed
/// article and the TimeML reports), one in ten a near-duplicate of an earlier one, as wire stories are.
/// </summary>
internal static class Articles
{
    public static IReadOnlyList<byte[]> Generate(int count, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("marsad-load-").FullName;
        try
        {
            var sentences = CorpusGenerator.Sentences(
                Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt"),
                Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML"));
            return [.. CorpusGenerator.Write(folder, count, sentences, seed).Select(File.ReadAllBytes)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
