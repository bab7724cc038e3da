using System.Text;

namespace Marsad.Bench;

/// <summary>
/// Real Arabic news text for the benchmarks: the sample article, and, when the team's shared data sits
/// beside the repository (../shared), the ANERcorp sentences rebuilt from their tokens and grouped into
/// articles of about 4 KB. Nothing is copied into the project; without ../shared only the sample is used.
/// </summary>
internal static class BenchCorpus
{
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt");

    /// <summary>The articles, at most <paramref name="maxChars"/> characters in all.</summary>
    public static IReadOnlyList<string> Articles(int maxChars = 400_000)
    {
        var articles = new List<string> { File.ReadAllText(SamplePath) };
        var conll = FindShared(Path.Combine("data", "anercorp", "train.conll"));
        if (conll is null)
        {
            return articles;
        }

        var total = articles[0].Length;
        var article = new StringBuilder();
        var sentence = new StringBuilder();
        foreach (var line in File.ReadLines(conll))
        {
            if (line.Length == 0)
            {
                article.Append(sentence).Append(' ');
                sentence.Clear();
                if (article.Length >= 4_000)
                {
                    articles.Add(article.ToString());
                    total += article.Length;
                    article.Clear();
                    if (total >= maxChars)
                    {
                        break;
                    }
                }

                continue;
            }

            var token = line.Split(' ', '\t')[0];
            if (sentence.Length > 0)
            {
                sentence.Append(' ');
            }

            sentence.Append(token);
        }

        return articles;
    }

    /// <summary>A file under ../shared found by walking up from the benchmark's folder, or null.</summary>
    public static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
