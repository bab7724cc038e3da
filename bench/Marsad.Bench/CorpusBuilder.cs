using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Marsad.Bench -- make-corpus OUT.jsonl MEGABYTES`: a JSON-lines
/// corpus for whole-process throughput runs, made of real Arabic news sentences (the sample article's,
/// and ANERcorp's and the PLOVER dev set's when ../shared is beside the repository) recombined into
/// articles of 8 to 30 sentences with a fixed seed, so every run of the command writes the same file.
/// The file is written to OUT and never into the project.
/// </summary>
internal static class CorpusBuilder
{
    // Arabic written as UTF-8, not as \u escapes, so the file's size is the size of its text.
    private static readonly JsonSerializerOptions Utf8Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Make(string path, int megabytes, TextWriter log)
    {
        var sentences = Sentences();
        if (BenchCorpus.FindShared(Path.Combine("data", "anercorp", "train.conll")) is null
            || BenchCorpus.FindShared(Path.Combine("data", "plover-gsr", "dev.jsonl")) is null)
        {
            // Without them the corpus repeats the sample's few sentences, and every per-word cache looks far
            // better than on news: its figures are not comparable with the documented ones.
            log.WriteLine("warning: ../shared (ANERcorp, PLOVER dev) not found above the bench's folder: the corpus is made of the sample article's sentences alone and is not representative; run from a work tree with ../shared beside it");
        }

        var random = new Random(20251106);
        var target = (long)megabytes * 1024 * 1024;
        long written = 0;
        var articles = 0;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var text = new StringBuilder();
            while (written < target)
            {
                text.Clear();
                var count = random.Next(8, 31);
                for (var i = 0; i < count; i++)
                {
                    text.Append(sentences[random.Next(sentences.Count)]).Append(i % 4 == 3 ? "\n\n" : " ");
                }

                var published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2190));
                var line = JsonSerializer.SerializeToUtf8Bytes(new
                {
                    id = string.Create(CultureInfo.InvariantCulture, $"bench-{articles}"),
                    published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    text = text.ToString().Trim(),
                }, Utf8Json);
                stream.Write(line);
                stream.WriteByte((byte)'\n');
                written += line.Length + 1;
                articles++;
            }
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {articles:N0} articles, {written / 1024.0 / 1024.0:F1} MB, from {sentences.Count:N0} distinct sentences"));
        return 0;
    }

    private static List<string> Sentences()
    {
        var sentences = new List<string>();
        foreach (var article in BenchCorpus.Articles(maxChars: int.MaxValue))
        {
            sentences.AddRange(article.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(s => s.Length > 20)
                .Select(s => s + "."));
        }

        if (BenchCorpus.FindShared(Path.Combine("data", "plover-gsr", "dev.jsonl")) is { } plover)
        {
            foreach (var line in File.ReadLines(plover))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.GetProperty("text").GetString() is { Length: > 20 } text)
                {
                    sentences.Add(text);
                }
            }
        }

        return sentences;
    }
}
