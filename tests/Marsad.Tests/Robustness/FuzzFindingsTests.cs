using System.Text;
using System.Text.Json;
using Marsad.Reading;
using Marsad.Tests.Support;

namespace Marsad.Tests.Robustness;

/// <summary>
/// The crashes and broken promises that fuzzing found in the readers (fuzz/, docs/RELIABILITY.md "Fuzzing"), each
/// rebuilt by hand from afl-fuzz's finding and run through the real <c>marsad analyze</c> or the public reader.
/// </summary>
public sealed class FuzzFindingsTests : IDisposable
{
    private const string Arabic = "أعلنت كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام مع إسرائيل.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_page_that_declares_utf_7_is_read_by_its_content_not_a_crash()
    {
        // .NET refuses UTF-7 with NotSupportedException, which escaped the reader ("internal error", exit 1) when
        // the bytes were not UTF-8 and so the declared charset was asked for: here, Arabic in Windows-1256.
        var page = Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-7\"></head><body><p>")
            .Concat(Windows1256(Arabic))
            .Concat(Encoding.ASCII.GetBytes("</p></body></html>"))
            .ToArray();

        var run = CliRun.Of("analyze", _folder.File("utf7.html", page));

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        run.AssertNoStackTrace();
        var analysis = Assert.Single(run.Documents);
        Assert.Equal(Arabic, analysis.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": \"نص \\ud800 مقطوع\"}")]
    [InlineData("{\"id\": \"a\", \"text\": \"نص \\ude00 وحده\"}")]
    [InlineData("{\"id\": \"a\", \"\\ud800\": 1, \"text\": \"نص\"}")]
    public void A_json_line_with_an_unpaired_surrogate_escape_fails_alone_and_the_others_are_read(string broken)
    {
        // System.Text.Json throws InvalidOperationException, not JsonException, when such a string is read.
        var lines = string.Join('\n', JsonLine("first", Arabic), broken, JsonLine("third", Arabic));

        var run = CliRun.Of("analyze", _folder.File("surrogate.jsonl", Encoding.UTF8.GetBytes(lines)));

        Assert.Equal(3, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains("surrogate.jsonl#2: not JSON text", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, run.Documents.Count);
    }

    [Fact]
    public void A_nul_character_from_a_json_escape_or_utf_16_becomes_U_FFFD_in_every_field()
    {
        // PostgreSQL text cannot hold U+0000: one such article failed its whole batch of the PostgreSQL store.
        var line = "{\"id\": \"a\\u0000\", \"url\": \"https://news.example/\\u0000\", \"title\": \"عنوان\\u0000\", \"text\": \"" + Arabic + "\\u0000 وتابع.\"}";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic + "\0" + Arabic)).ToArray();

        var fromJson = Single(ArticleReader.Default.Read("nul.jsonl", Encoding.UTF8.GetBytes(line), new ReaderOptions()));
        var fromUtf16 = Single(ArticleReader.Default.Read("nul.txt", utf16, new ReaderOptions()));

        Assert.Equal(Arabic + "\uFFFD وتابع.", fromJson.Text);
        Assert.Equal("عنوان\uFFFD", fromJson.Title);
        Assert.Equal("https://news.example/\uFFFD", fromJson.Url);
        Assert.Equal("a\uFFFD", fromJson.InputId);
        Assert.Equal(Arabic + "\uFFFD" + Arabic, fromUtf16.Text);
    }

    [Fact]
    public void Json_lines_read_whole_and_streamed_agree_when_a_lone_carriage_return_is_inside_a_line()
    {
        // JSON takes a lone CR as whitespace; StreamReader.ReadLine took it as a line end, so 'marsad analyze'
        // (which streams JSON lines) split the line in two where 'marsad ingest' (which reads it whole) did not.
        var text = JsonLine("one", Arabic).Replace(",\"text\"", ",\r\"text\"", StringComparison.Ordinal) + "\n" + JsonLine("two", Arabic) + "\r\n";
        var bytes = Encoding.UTF8.GetBytes(text);

        var whole = ArticleReader.Default.Read("cr.jsonl", bytes, new ReaderOptions()).ToList();
        using var stream = new MemoryStream(bytes);
        var streamed = ArticleReader.Default.ReadJsonLines("cr.jsonl", stream, new ReaderOptions()).ToList();

        Assert.Contains("\r", text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(["cr.jsonl#1", "cr.jsonl#2"], whole.Select(r => r.Source));
        Assert.Equal(whole.Select(r => (r.Source, r.Error, r.Document?.Text, r.Document?.InputId)), streamed.Select(r => (r.Source, r.Error, r.Document?.Text, r.Document?.InputId)));
        Assert.All(streamed, r => Assert.Null(r.Error));
    }

    private static Model.SourceDocument Single(IEnumerable<ReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.True(result.Error is null, result.Error);
        return result.Document!;
    }

    private static string JsonLine(string id, string text) => JsonSerializer.Serialize(new { id, text });

    private static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }
}
