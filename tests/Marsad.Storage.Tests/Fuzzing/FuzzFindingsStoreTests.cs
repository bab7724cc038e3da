using System.Text;
using Marsad.Storage.Search;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Fuzzing;

/// <summary>
/// What fuzzing the search query found wrong in the stores, through the real <c>marsad</c> command against a
/// SQLite file and a real PostgreSQL server: each text is stored by both and found alike by both.
/// </summary>
public sealed class FuzzFindingsStoreTests : IDisposable
{
    private const string Sentence = "أعلنت وزارة الخارجية يوم الخميس أن الوفد سيصل إلى عمان";
    private readonly TempFolder _folder = new();
    private readonly string _prefix = "findings_" + Guid.NewGuid().ToString("N")[..10];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_ligature_of_words_is_searched_word_by_word_and_found_alike_in_SQLite_and_PostgreSQL()
    {
        // ﷺ normalises to four words; it was one term holding spaces, a phrase to FTS5 but a single lexeme to
        // PostgreSQL, which then found nothing.
        var text = "قال النبي محمد ﷺ في الحديث إن الله جل جلاله ﷻ رحيم بعباده.";
        Assert.All(SearchAnalyzer.QueryTerms("ﷺ ﷻ"), t => Assert.DoesNotContain(' ', t));

        foreach (var db in Stores("ligature", text))
        {
            foreach (var query in new[] { "ﷺ", "صلى الله عليه وسلم", "ﷻ" })
            {
                var hit = Assert.Single(CliRun.Of("search", query, "--db", db, "--format", "json").AssertExit(0).Lines);
                // The highlights (code points of the snippet) mark the ligature itself.
                var snippet = hit.GetProperty("snippet").GetString()!.EnumerateRunes().Select(static r => r.ToString()).ToArray();
                var marked = hit.GetProperty("highlights").EnumerateArray()
                    .Select(h => string.Concat(snippet[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]));
                Assert.Contains(query == "ﷻ" ? "ﷻ" : "ﷺ", marked);
            }
        }
    }

    [Fact]
    public void An_article_with_a_word_longer_than_PostgreSQL_takes_is_stored_and_found_by_that_word()
    {
        // PostgreSQL refuses a lexeme over 2,046 bytes ("word is too long"): the article failed its whole batch.
        var word = new string('ب', 1_500);
        var text = $"{Sentence} {word} في زيارة رسمية.";

        foreach (var db in Stores("long", text))
        {
            Assert.Single(CliRun.Of("search", word, "--db", db, "--format", "json").AssertExit(0).Lines);
            Assert.Single(CliRun.Of("search", "الخارجية " + word, "--db", db, "--format", "json").AssertExit(0).Lines);
        }
    }

    [Fact]
    public void Json_lines_with_a_NUL_escape_are_stored_in_PostgreSQL_with_the_rest_of_their_batch()
    {
        // "\u0000" reached the clean text, and PostgreSQL text cannot hold it: the batch, both lines, failed.
        var lines = $"{{\"id\": \"a\", \"text\": \"{Sentence} \\u0000 برلين\"}}\n{{\"id\": \"b\", \"text\": \"{Sentence} القاهرة\"}}\n";
        var file = Path.Combine(_folder.Path, "nul.jsonl");
        File.WriteAllText(file, lines, new UTF8Encoding(false));
        var db = PostgresServer.Database(_prefix + "_nul");

        var run = CliRun.Of("ingest", file, "--db", db, "--format", "json").AssertExit(0);

        Assert.Equal(2, run.Json.GetProperty("added").GetInt32());
        Assert.Single(CliRun.Of("search", "برلين", "--db", db, "--format", "json").AssertExit(0).Lines);
    }

    /// <summary>A SQLite file and a PostgreSQL database, each holding the one article <paramref name="text"/>.</summary>
    private string[] Stores(string name, string text)
    {
        var file = Path.Combine(_folder.Path, name + ".txt");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        string[] stores = [_folder.File(name + ".db"), PostgresServer.Database(_prefix + "_" + name)];
        foreach (var db in stores)
        {
            Assert.Equal(1, CliRun.Of("ingest", file, "--db", db, "--published", "2025-11-06", "--format", "json").AssertExit(0).Json.GetProperty("added").GetInt32());
        }

        return stores;
    }
}
