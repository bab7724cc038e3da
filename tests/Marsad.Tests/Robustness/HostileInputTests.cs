using System.Text;
using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Robustness;

/// <summary>
/// Hostile inputs that every reader and <c>marsad analyze</c> must survive with a clear result: broken
/// and mixed encodings, NUL bytes, bidi overrides and zero-width characters, HTML nested 100,000 deep,
/// a token of a million characters, and JSON lines with a broken line in the middle. Each input is
/// built here, so the repository holds no large or binary files. (The 50 MB single line is in
/// LargeInputTests.)
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Arabic = "أعلنت كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام مع إسرائيل.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Truncated_utf8_at_the_end_is_read_and_the_article_kept()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic).Concat(new byte[] { 0xD8 }).ToArray();

        var analysis = Analyze(bytes, "truncated.txt", expectedExit: 0);

        var text = analysis.GetProperty("text").GetString()!;
        Assert.StartsWith("أعلنت كازاخستان", text, StringComparison.Ordinal);
        Assert.EndsWith("\uFFFD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_and_windows_1256_mixed_in_one_file_give_an_analysis_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes("أعلنت كازاخستان ").Concat(Windows1256("انضمامها إلى الاتفاقات")).ToArray();

        var analysis = Analyze(bytes, "mixed.txt", expectedExit: 0);

        AssertOffsetsInRange(analysis);
    }

    [Fact]
    public void Nul_bytes_mark_a_binary_file_which_is_refused_with_a_reason()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic).Concat(new byte[] { 0, 0, 0, 1, 2, 0 }).Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray();

        var run = CliRun.Of("analyze", _folder.File("nul.txt", bytes));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("nul.txt", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Bidi_overrides_and_zero_width_characters_do_not_hide_or_break_entities()
    {
        var text = "\u202Eأعلنت\u200B كازاخستان\u200D \u2066انضمامها\u2069 إلى اتفاقات\u200F أبراهام مع إسرائيل\u200E.";

        var analysis = Analyze(Encoding.UTF8.GetBytes(text), "bidi.txt", expectedExit: 0);

        var ids = analysis.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("KAZ", ids);
        Assert.Contains("ISR", ids);
        AssertOffsetsInRange(analysis);
    }

    [Fact]
    public void Html_nested_100000_deep_is_read_to_its_innermost_text()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Arabic
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var analysis = Analyze(Encoding.UTF8.GetBytes(html), "deep.html", expectedExit: 0);

        Assert.Contains("كازاخستان", analysis.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_nested_100000_deep_are_read_to_their_innermost_text()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<ul><li>", 100_000)) + Arabic + "</body></html>";

        var analysis = Analyze(Encoding.UTF8.GetBytes(html), "lists.html", expectedExit: 0);

        Assert.Equal(Arabic, analysis.GetProperty("text").GetString());
    }

    [Fact]
    public void A_token_of_a_million_characters_without_spaces_is_analysed()
    {
        var text = "قال الرئيس " + new string('ب', 1_000_000) + " في القاهرة. " + Arabic;

        var analysis = Analyze(Encoding.UTF8.GetBytes(text), "token.txt", expectedExit: 0);

        Assert.Equal(text.Length, analysis.GetProperty("text").GetString()!.Length);
        AssertOffsetsInRange(analysis);
    }

    [Fact]
    public void A_broken_json_line_in_the_middle_fails_alone_and_the_others_are_analysed()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", text = Arabic }),
            "{\"id\": \"b\", \"text\": \"نص مقطوع",
            "\u0000\u0001 not json",
            JsonSerializer.Serialize(new { id = "c", text = "استضافت الدوحة قمة عربية طارئة يوم الأربعاء." }));
        var path = _folder.File("feed.jsonl", Encoding.UTF8.GetBytes(lines));

        var run = CliRun.Of("analyze", path);

        Assert.Equal(3, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Equal([$"{path}#1", $"{path}#4"], run.Documents.Select(d => d.GetProperty("source").GetString()));
        Assert.Contains($"{path}#2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{path}#3", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_256_MiB_is_refused_before_it_is_read_and_the_next_input_still_runs()
    {
        // A sparse file: its size is what is checked, so no test machine writes a quarter of a gigabyte.
        var huge = System.IO.Path.Combine(_folder.Path, "huge.txt");
        using (var stream = new FileStream(huge, FileMode.Create))
        {
            stream.SetLength((256L * 1024 * 1024) + 1);
        }

        var run = CliRun.Of("analyze", huge, _folder.File("small.txt", Encoding.UTF8.GetBytes(Arabic)));

        Assert.Equal(3, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains("huge.txt: larger than 256 MiB", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Documents);
    }

    private JsonElement Analyze(byte[] bytes, string name, int expectedExit)
    {
        var run = CliRun.Of("analyze", _folder.File(name, bytes));
        Assert.True(run.ExitCode == expectedExit, $"exit {run.ExitCode}: {run.Stderr}");
        run.AssertNoStackTrace();
        return Assert.Single(run.Documents);
    }

    /// <summary>Every span of the analysis lies inside its text, in code points.</summary>
    private static void AssertOffsetsInRange(JsonElement analysis)
    {
        var length = analysis.GetProperty("text").GetString()!.EnumerateRunes().Count();
        var spans = analysis.GetProperty("sentences").EnumerateArray()
            .Concat(analysis.GetProperty("entities").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
            .Concat(analysis.GetProperty("times").EnumerateArray());
        foreach (var span in spans)
        {
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, length);
        }
    }

    private static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }
}
