using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Storage.Tests.Support;

/// <summary>
/// Writes a folder of many Arabic news articles made of real sentences: those of the seed article and of
/// the fourteen TimeML development reports, recombined with a seeded random generator (the same seed
/// always gives the same folder). Every article is an HTML page with a title and a published date;
/// one in ten is a near-duplicate of an earlier one (a sentence changed, one added), as a re-published
/// wire story is.
/// </summary>
/// <remarks>
/// Used by the tests (a folder to ingest and kill) and by the ingest benchmark (bench/Marsad.Bench,
/// <c>corpus</c> and <c>store</c>), so the figures in docs/STORAGE.md come from the same articles.
/// </remarks>
public static partial class CorpusGenerator
{
    private static readonly string[] Countries =
    [
        "كازاخستان", "أوزبكستان", "أذربيجان", "إندونيسيا", "ماليزيا", "موريتانيا", "عمان", "السعودية", "الكويت", "قطر",
        "تونس", "الجزائر", "العراق", "الأردن", "مصر", "السودان", "ليبيا", "باكستان", "تركيا", "إيران",
    ];

    /// <summary>Writes <paramref name="count"/> articles under <paramref name="folder"/> (100 per subfolder) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, IReadOnlyList<string> sentences, int seed = 20251106)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var random = new Random(seed);
        var articles = new List<string[]>();
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            string[] body;
            if (i % 10 == 9 && articles.Count > 0)
            {
                var original = articles[random.Next(articles.Count)];
                body = [.. original];
                body[random.Next(body.Length)] = sentences[random.Next(sentences.Count)];
                body = [.. body, sentences[random.Next(sentences.Count)]];
            }
            else
            {
                var country = Countries[random.Next(Countries.Length)];
                body = [.. Enumerable.Range(0, random.Next(6, 13)).Select(_ => sentences[random.Next(sentences.Count)].Replace("كازاخستان", country, StringComparison.Ordinal))];
            }

            articles.Add(body);
            var published = new DateOnly(2025, 1, 1).AddDays(random.Next(365));
            var path = Path.Combine(folder, (i / 100).ToString("D4", CultureInfo.InvariantCulture), $"article-{i:D6}.html");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Page(body, published, i), new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The sentences of the seed article and of the TimeML reports, tags removed.</summary>
    public static IReadOnlyList<string> Sentences(string seedArticle, string timeMlFolder)
    {
        var texts = new List<string> { File.ReadAllText(seedArticle) };
        foreach (var file in Directory.EnumerateFiles(timeMlFolder, "*.tml").Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(file);
            var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
            var end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
            if (start >= 0 && end > start)
            {
                texts.Add(Tag().Replace(xml[(start + 6)..end], ""));
            }
        }

        return [.. texts
            .SelectMany(static t => SentenceEnd().Split(t))
            .Select(static s => s.Trim())
            .Where(static s => s.Length >= 30 && !s.Contains("نشرة", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    private static string Page(string[] body, DateOnly published, int number)
    {
        var title = body[0].Length > 60 ? body[0][..60] : body[0];
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">");
        page.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        page.Append(CultureInfo.InvariantCulture, $"<meta property=\"article:published_time\" content=\"{published:yyyy-MM-dd}T09:00:00+03:00\">");
        page.Append(CultureInfo.InvariantCulture, $"<link rel=\"canonical\" href=\"https://news.example/ar/{number}\">");
        page.Append("</head><body><nav>الرئيسية | سياسة | اقتصاد</nav><article>");
        page.Append(CultureInfo.InvariantCulture, $"<h1>{WebUtility.HtmlEncode(title)}</h1>");
        foreach (var sentence in body)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(sentence)}</p>");
        }

        page.Append("<p>شاركها.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>");
        return page.ToString();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=[.!؟])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
