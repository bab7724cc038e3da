using System.Globalization;
using System.Text;
using Marsad.Tests.Recognition.Tagging;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad train ner</c> and <c>marsad eval ner --folds</c> end to end, on corpora the tests write.</summary>
public sealed class NerCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Our own sentences in CoNLL form, repeated under different names so that folds have documents to hold out.
    private string Corpus(string name, int copies = 1)
    {
        var text = new StringBuilder();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var line in NerTrainerTests.Corpus)
            {
                foreach (var pair in line.Split(' '))
                {
                    var parts = pair.Split('/');
                    text.Append(parts[0]).Append(' ').Append(parts[1]).Append('\n');
                }

                text.Append('\n');
            }
        }

        return _folder.File(name, Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public void Train_ner_writes_the_same_model_twice_and_names_its_data()
    {
        var corpus = Corpus("ours.conll");
        var first = Path.Combine(_folder.Path, "a", "ner.bin");
        var second = Path.Combine(_folder.Path, "b", "ner.bin");
        Assert.Equal(0, CliRun.Of("train", "ner", corpus, "--out", first).ExitCode);
        var run = CliRun.Of("train", "ner", corpus, "--out", second);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var note = File.ReadAllText(Path.Combine(_folder.Path, "b", "ner.md"));
        Assert.Contains("ours.conll", note, StringComparison.Ordinal);
        Assert.Contains("| 6 |", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ner_nested_margin_prints_the_margin_each_fold_chose_inside_its_training_folds()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "2", "--org-margin", "nested");
        Assert.Equal(0, run.ExitCode);
        var line = run.Stdout.Split('\n').Single(static l => l.StartsWith("organisation margin chosen", StringComparison.Ordinal));
        var margins = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(2, margins.Length);
        Assert.All(margins, static m => Assert.Contains(m, new[] { "none", "1", "3", "10", "30" }));
    }

    [Fact]
    public void Eval_ner_nested_margins_print_each_types_margin_for_each_fold()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "2", "--margins", "nested");
        Assert.Equal(0, run.ExitCode);
        var line = run.Stdout.Split('\n').Single(static l => l.StartsWith("margins chosen", StringComparison.Ordinal));
        var folds = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(';', StringSplitOptions.TrimEntries);
        Assert.Equal(2, folds.Length);
        Assert.All(folds, static f => Assert.Matches("^LOC=(none|1|3|10|30) PERS=(none|1|3|10|30) ORG=(none|1|3|10|30)$", f));
    }

    [Fact]
    public void Eval_ner_margin_curve_keeps_fewer_chunks_as_the_margin_rises_down_to_the_rules_alone()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "2", "--margin-curve");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        var curve = lines.SkipWhile(static l => !l.StartsWith("margin curve", StringComparison.Ordinal)).Skip(2).TakeWhile(static l => l.Length > 0).ToList();
        Assert.Equal(3 * 11, curve.Count);
        foreach (var type in new[] { "LOC", "PERS", "ORG" })
        {
            var predicted = curve.Where(l => l.StartsWith(type + " ", StringComparison.Ordinal)).Select(static l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(11, predicted.Count);
            Assert.Equal(predicted.OrderByDescending(static p => p), predicted);
        }

        // With no margin the curve's first point is the cross-validation printed above it.
        var all = lines.Where(static l => l.StartsWith("ORG ", StringComparison.Ordinal)).ToList();
        Assert.Equal(all[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], curve.First(static l => l.StartsWith("ORG ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]);
    }

    [Fact]
    public void Eval_ner_policy_per_type_names_each_types_policy()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "2", "--policy", "ORG=rules-first", "--policy", "PERS=tagger-first");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("policy LOC TaggerDecidesUnknown, PERS TaggerFirst, ORG RulesFirst", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ner_folds_prints_the_rules_and_the_cross_validated_layer()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rules only", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("3-fold cross-validation over 6 documents", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, run.Stdout.Split('\n').Count(static l => l.StartsWith("ALL ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Eval_ner_error_kinds_count_every_wrong_chunk_of_the_cross_validation_once()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "3", "--error-kinds");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        var scores = lines.SkipWhile(static l => !l.StartsWith("rules + tagger", StringComparison.Ordinal)).Skip(2).Take(3)
            .Select(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var kinds = lines.SkipWhile(static l => !l.StartsWith("error kinds", StringComparison.Ordinal)).Skip(2).TakeWhile(static l => l.Length > 0)
            .Select(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var row in scores)
        {
            // gold, predicted, correct: every miss and every spurious chunk falls in exactly one row of its type.
            var (gold, predicted, correct) = (int.Parse(row[1], CultureInfo.InvariantCulture), int.Parse(row[2], CultureInfo.InvariantCulture), int.Parse(row[3], CultureInfo.InvariantCulture));
            var ofType = kinds.Where(k => k[0] == row[0]).ToList();
            Assert.Equal(gold - correct, ofType.Where(static k => k[1] == "missed").Sum(static k => int.Parse(k[^5], CultureInfo.InvariantCulture)));
            Assert.Equal(predicted - correct, ofType.Where(static k => k[1] == "spurious").Sum(static k => int.Parse(k[^5], CultureInfo.InvariantCulture)));
            Assert.All(ofType, static k => Assert.Equal(int.Parse(k[^5], CultureInfo.InvariantCulture), k[^4..].Sum(static c => int.Parse(c, CultureInfo.InvariantCulture))));
        }
    }

    [Theory]
    [InlineData("train", "ner")]
    [InlineData("train", "pos", "x.conll")]
    [InlineData("train", "ner", "x.conll", "--out")]
    [InlineData("eval", "ner", "x.conll", "--folds", "1")]
    [InlineData("eval", "ner", "x.conll", "--folds", "many")]
    [InlineData("eval", "ner", "x.conll", "--extra-train", "y.conll")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--without", "everything")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--policy", "coin-toss")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--org-margin", "high")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--org-margin", "NaN")]
    [InlineData("eval", "ner", "x.conll", "--org-margin", "3")]
    [InlineData("eval", "ner", "x.conll", "--org-margin", "nested")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--margins", "7")]
    [InlineData("eval", "ner", "x.conll", "--margin-curve")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--policy", "MISC=rules-first")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--policy", "ORG=coin-toss")]
    [InlineData("eval", "ner", "x.conll", "--folds", "5", "--epochs", "0")]
    public void A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("marsad: ", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Train_ner_names_a_missing_file()
    {
        var run = CliRun.Of("train", "ner", Path.Combine(_folder.Path, "missing.conll"), "--out", Path.Combine(_folder.Path, "m.bin"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("missing.conll: no such file", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "m.bin")));
    }

    [Fact]
    public void Train_ner_names_the_malformed_line()
    {
        var path = _folder.File("bad.conll", Encoding.UTF8.GetBytes("وصل O\nسامر B-PERS\nالخطيب\n"));
        var run = CliRun.Of("train", "ner", path, "--out", Path.Combine(_folder.Path, "m.bin"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("line 3", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Eval_ner_refuses_more_folds_than_documents()
    {
        var run = CliRun.Of("eval", "ner", Corpus("small.conll"), "--folds", "5");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("1 documents of 20 sentences cannot make 5 folds", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ner_names_a_missing_extra_training_file()
    {
        var run = CliRun.Of("eval", "ner", Corpus("ours.conll", copies: 20), "--folds", "3", "--extra-train", Path.Combine(_folder.Path, "none.conll"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("none.conll: no such file", run.Stderr, StringComparison.Ordinal);
    }
}
