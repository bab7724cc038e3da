using System.Text;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad eval ner</c> and <c>marsad eval gold</c> end to end, on files inside the project.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Evaluation", name);

    [Fact]
    public void Eval_ner_scores_every_type_on_a_hand_tagged_file()
    {
        var run = CliRun.Of("eval", "ner", Fixture("news.conll"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 sentences, 28 tokens", run.Stdout, StringComparison.Ordinal);
        var rows = run.Stdout.Split('\n').Where(l => l.StartsWith("LOC", StringComparison.Ordinal) || l.StartsWith("PERS", StringComparison.Ordinal) || l.StartsWith("ORG", StringComparison.Ordinal) || l.StartsWith("ALL", StringComparison.Ordinal))
            .ToDictionary(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..4].Select(int.Parse).ToArray());
        Assert.Equal([4, 4, 4], rows["LOC"]);
        Assert.Equal([2, 2, 2], rows["PERS"]);
        Assert.Equal([1, 1, 1], rows["ORG"]);
        Assert.Equal([7, 7, 7], rows["ALL"]);
    }

    [Fact]
    public void Eval_ner_names_the_malformed_line()
    {
        var path = _folder.File("bad.conll", Encoding.UTF8.GetBytes("وقال O\nالرئيس\n"));
        var run = CliRun.Of("eval", "ner", path);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("line 2", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Eval_gold_reports_each_expectation_with_what_was_found()
    {
        // Every section met and exit 0 is held by Golden/SeedArticleGoldTests, with the failures beside it.
        var run = CliRun.Of("eval", "gold", TestFiles.Golden("kazakhstan-abraham-accords.gold.json"), TestFiles.SeedArticle);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("clean_text: 7 of 7 met", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("entities: 16 of 16 met", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("met     PERSON Donald Trump — person/donald-trump", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_gold_refuses_a_missing_sample()
    {
        var run = CliRun.Of("eval", "gold", TestFiles.Golden("kazakhstan-abraham-accords.gold.json"), "no-such-sample.txt");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no-such-sample.txt: no such file", run.Stderr, StringComparison.Ordinal);
    }
}
