using System.Text;
using System.Text.RegularExpressions;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad eval timex</c> end to end: on the development set, on a missing folder and on a bad file among good ones.</summary>
public sealed class TimexEvalCommandTests : IDisposable
{
    private const string Good = """
        <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-06" functionInDocument="CREATION_TIME">2025-11-06</TIMEX3></DCT>
        <TEXT>أعلنت الحكومة <TIMEX3 tid="t1" type="DATE" value="2025-11-06">يوم الخميس</TIMEX3> خطة تمتد <TIMEX3 tid="t2" type="DURATION" value="P3Y">ثلاث سنوات</TIMEX3>.</TEXT></TimeML>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string DevSet => Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML");

    [Fact]
    public void Eval_timex_scores_the_development_set_and_prints_the_table()
    {
        // Counted from the files with a regex, independently of the reader: every TIMEX3 but the DCTs.
        var files = Directory.GetFiles(DevSet, "*.tml");
        var gold = files.Sum(f => Regex.Count(File.ReadAllText(f), "<TIMEX3 (?![^>]*CREATION_TIME)"));

        var run = CliRun.Of("eval", "timex", DevSet);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains($"{files.Length} documents, {gold} gold, ", run.Stdout, StringComparison.Ordinal);
        foreach (var row in new[] { "strict ", "relaxed ", "type accuracy ", "value accuracy " })
        {
            Assert.Contains("\n" + row, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Errors_lists_missed_expressions_in_their_context()
    {
        var run = CliRun.Of("eval", "timex", DevSet, "--errors", "2", "--published", "2025-01-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("-- missed: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-- spurious: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-- wrong type or value: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_named_and_exits_3()
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder");
        var run = CliRun.Of("eval", "timex", missing);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_bad_file_is_reported_the_others_still_scored_and_the_run_exits_3()
    {
        _folder.File("a.tml", Encoding.UTF8.GetBytes(Good));
        var bad = _folder.File("b.xml", Encoding.UTF8.GetBytes("<TimeML><TEXT>أمس <TIMEX3 type=\"DATE\" value=\"2025-11-05\">أمس</TEXT></TimeML>"));
        _folder.File("c.tml", Encoding.UTF8.GetBytes(Good));
        _folder.File("notes.txt", Encoding.UTF8.GetBytes("not TimeML, not read"));

        var run = CliRun.Of("eval", "timex", _folder.Path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(bad, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 documents (1 unreadable, skipped), 4 gold, ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("gold by type: DATE 2, TIME 0, DURATION 2, SET 0", run.Stdout, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_folder_without_timeml_files_exits_3()
    {
        _folder.File("notes.txt", Encoding.UTF8.GetBytes("نص"));
        var run = CliRun.Of("eval", "timex", _folder.Path);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no .tml or .xml files", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval", "timex")]
    [InlineData("eval", "timex", "a", "b")]
    [InlineData("eval", "timex", "a", "--published", "6/11/2025")]
    [InlineData("eval", "timex", "a", "--errors")]
    [InlineData("eval", "timex", "a", "--dct", "2025")]
    [InlineData("eval", "timex", "a", "--dct")]
    [InlineData("eval", "timex", "a", "--strict")]
    public void Bad_command_lines_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Timeml_as_others_publish_it_is_read_without_text_element_dct_or_bom()
    {
        // HeidelTime-style: the root holds the text, no DCT; a byte order mark; and a TempEval-3 file beside it.
        const string bare = "<TimeML>وقعت الحرب <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-11-05\">أمس</TIMEX3> واستمرت <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">ثلاثة أيام</TIMEX3>.</TimeML>";
        _folder.File("a.tml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(bare)]);
        _folder.File("b.tml", Encoding.UTF8.GetBytes(Good));

        var undated = CliRun.Of("eval", "timex", _folder.Path);
        var dated = CliRun.Of("eval", "timex", _folder.Path, "--dct", "2025-11-06");

        Assert.Equal(0, undated.ExitCode);
        Assert.Equal("", undated.Stderr);
        Assert.Contains("2 documents, 4 gold, 4 predicted", undated.Stdout, StringComparison.Ordinal);

        // Without a DCT, أمس is XXXX-XX-XX: its resolved part (nothing) cannot be wrong, so it is not scored wrong.
        Assert.Contains("value accuracy  1.000 (4 of 4 relaxed matches)", undated.Stdout, StringComparison.Ordinal);
        Assert.Contains("value accuracy  1.000 (4 of 4 relaxed matches)", dated.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dct_option_overrides_the_documents_own_creation_time()
    {
        _folder.File("a.tml", Encoding.UTF8.GetBytes(Good));

        // On 2025-11-13, also a Thursday, يوم الخميس is that day and not the gold 2025-11-06.
        var run = CliRun.Of("eval", "timex", _folder.Path, "--dct", "2025-11-13");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("value accuracy  0.500 (1 of 2 relaxed matches)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_help_names_eval_timex()
    {
        var run = CliRun.Of("eval", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("marsad eval timex DIR [--dct YYYY-MM-DD] [--published YYYY-MM-DD] [--errors N]", run.Stdout, StringComparison.Ordinal);
    }
}
