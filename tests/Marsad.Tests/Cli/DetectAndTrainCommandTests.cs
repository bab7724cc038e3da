using System.Text;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>
/// <c>marsad train events</c> and <c>marsad eval detect</c> end to end on judged sentences we wrote for
/// the test: the trained model is the same bytes every time, reads back, and scores; the evaluation
/// counts per label, cross-validates, and turns bad input into a message and an exit code.
/// </summary>
public sealed class DetectAndTrainCommandTests : IDisposable
{
    private static readonly (string Event, string Label, string Text)[] Judged =
    [
        ("ASSAULT", "yes", "قتل خمسة جنود في هجوم بسيارة مفخخة استهدف قافلة عسكرية جنوب المدينة."),
        ("ASSAULT", "yes", "أطلق مسلحون النار على حافلة تقل عمالا فقتلوا ثلاثة منهم."),
        ("ASSAULT", "yes", "شنت الطائرات غارات على مواقع المسلحين في الجبال فجر اليوم."),
        ("ASSAULT", "yes", "انفجرت عبوة ناسفة في سوق شعبي فأصابت عشرة أشخاص."),
        ("ASSAULT", "easy no", "دعا الوزير إلى تعزيز التعاون في مكافحة الإرهاب بين البلدين."),
        ("ASSAULT", "easy no", "تناول المؤتمر ظاهرة العنف في الملاعب وسبل الحد منها."),
        ("ASSAULT", "difficult no", "وقال الخبير إن الهجمات تراجعت كثيرا خلال السنوات الأخيرة."),
        ("ASSAULT", "easy no", "عرض المسرح الوطني مسرحية عن حياة شاعر قتل في القرن الماضي."),
        ("PROTEST", "yes", "تظاهر آلاف العمال أمام مقر الحكومة احتجاجا على تأخر الرواتب."),
        ("PROTEST", "yes", "نظم المعلمون اعتصاما أمام وزارة التربية للمطالبة بزيادة الأجور."),
        ("PROTEST", "easy no", "أقر البرلمان قانون التظاهر الجديد بعد جدل طويل."),
        ("PROTEST", "difficult no", "وهتف المتظاهرون بشعارات تطالب برحيل الحكومة."),
        ("PROTEST", "easy no", "تحدث الكاتب في مقاله عن تاريخ الاحتجاجات الطلابية في أوروبا."),
        ("PROTEST", "ambiguous", "خرجت مسيرات في عدة مدن بحسب ناشطين."),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string JudgedFile(string name = "judged.jsonl") => _folder.File(name, Encoding.UTF8.GetBytes(string.Concat(Judged.Select(static (j, n) =>
        "{\"id\": \"t" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\", \"event\": \"" + j.Event + "\", \"label\": \"" + j.Label + "\", \"text\": \"" + j.Text + "\"}\n"))));

    [Fact]
    public void Training_twice_on_the_same_sentences_writes_the_same_bytes()
    {
        var data = JudgedFile();
        var first = Path.Combine(_folder.Path, "first.tsv");
        var second = Path.Combine(_folder.Path, "second.tsv");
        Assert.Equal(0, CliRun.Of("train", "events", data, "--out", first).ExitCode);
        Assert.Equal(0, CliRun.Of("train", "events", data, "--out", second).ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        using var reader = new StreamReader(first, Encoding.UTF8);
        var model = EventModel.Read(reader);
        Assert.Equal(["ASSAULT", "PROTEST"], model.Types.ToArray());
        Assert.True(model.FeatureCount > 0);
        Assert.All(model.Types, t => Assert.InRange(model.Thresholds[t], 0, 0.5));
        Assert.Contains(model.Comments, static c => c.Contains("judged.jsonl", StringComparison.Ordinal));

        // The L2 weight is the inner folds' choice among the fixed ones, and the file says which.
        Assert.Contains(model.Comments, static c => EventModelTrainer.L2Choices.Any(l2 => c.Contains(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"L2 {l2} (of "), StringComparison.Ordinal)));
    }

    [Fact]
    public void Training_learns_from_candidates_the_rules_alone_found_so_the_built_in_model_has_no_say()
    {
        var written = Path.Combine(_folder.Path, "command.tsv");
        Assert.Equal(0, CliRun.Of("train", "events", JudgedFile(), "--out", written).ExitCode);

        var rulesAlone = new Marsad.Pipeline.MarsadPipelineBuilder { EventModel = EventModel.None }.Build();
        var direct = EventModelTrainer.Train(rulesAlone, Judged.Where(static j => j.Label != "ambiguous")
            .Select(static j => new TrainingSentence(j.Text, null, PloverTypes.TryParse(j.Event, out var type) ? type : throw new InvalidDataException(j.Event), j.Label == "yes")), []);
        using var bytes = new MemoryStream();
        direct.Write(bytes);
        Assert.Equal(ModelLines(File.ReadAllBytes(written)), ModelLines(bytes.ToArray()));
    }

    /// <summary>A model file's lines without its comments (which name the files it was trained on).</summary>
    private static string[] ModelLines(byte[] file) =>
        [.. Encoding.UTF8.GetString(file).Split('\n').Where(static l => !l.StartsWith('#'))];

    [Fact]
    public void The_built_in_model_was_trained_by_the_command_on_the_named_data()
    {
        Assert.Contains(EventModel.Embedded.Comments, static c => c.Contains("plover-detect/dev.jsonl, plover-gsr/dev.jsonl", StringComparison.Ordinal));
        Assert.Equal(["ASSAULT", "PROTEST"], EventModel.Embedded.Types.ToArray());
    }

    [Fact]
    public void A_model_line_that_is_not_a_number_is_named()
    {
        using var reader = new StringReader("@types\tASSAULT\n@threshold:ASSAULT\t0.3\nbias\tmany\n");
        var e = Assert.Throws<FormatException>(() => EventModel.Read(reader));
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_detect_counts_each_label_of_each_type()
    {
        var run = CliRun.Of("eval", "detect", JudgedFile(), "--errors", "3");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Stdout.Split('\n').Where(static l => l.StartsWith("ASSAULT", StringComparison.Ordinal) || l.StartsWith("PROTEST", StringComparison.Ordinal))
            .Select(static l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["4", "3", "1"], rows.Where(static r => r[0].StartsWith("ASSAULT", StringComparison.Ordinal)).Select(static r => r[^3]).ToArray());
        Assert.Contains(rows, static r => r[0] == "PROTEST" && r[1] == "ambiguous" && r[2] == "1");
        Assert.Contains("-- yes, not coded:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-- no, coded:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_detect_cross_validates_with_folds()
    {
        var run = CliRun.Of("eval", "detect", JudgedFile(), "--folds", "2", "--with", JudgedFile("more.jsonl"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2-fold cross-validation", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_detect_sweep_scores_each_fold_again_with_its_thresholds_moved()
    {
        var run = CliRun.Of("eval", "detect", JudgedFile(), "--folds", "2", "--with", JudgedFile("more.jsonl"), "--sweep");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Contains("-- thresholds moved (coded sentences; difficult no = ties + the rest)", lines);
        foreach (var type in new[] { "ASSAULT", "PROTEST" })
        {
            // One row per move, from laxer to stricter: a stricter threshold never codes more.
            var rows = lines.SkipWhile(static l => !l.StartsWith("-- thresholds moved", StringComparison.Ordinal))
                .Where(l => l.StartsWith(type + " ", StringComparison.Ordinal))
                .Select(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            Assert.Equal(["-0.10", "-0.05", "0.00", "+0.05", "+0.10", "+0.15", "+0.20", "+0.30"], rows.Select(static r => r[1]).ToArray());
            var coded = rows.Select(static r => r[2..5].Sum(static n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.Equal(coded.OrderDescending(), coded);
            Assert.All(rows, static r => Assert.Equal(int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)));

            // The unmoved row is the table's own count.
            var yes = lines.First(l => l.StartsWith(type, StringComparison.Ordinal) && l.Contains(" yes ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2];
            Assert.Equal(yes, rows.Single(static r => r[1] == "0.00")[2]);
        }
    }

    [Theory]
    [InlineData(2, "eval", "detect", "judged.jsonl", "--sweep")]
    [InlineData(2, "eval", "detect", "judged.jsonl", "--folds", "1")]
    [InlineData(2, "eval", "detect", "judged.jsonl", "--with", "judged.jsonl")]
    [InlineData(2, "train", "events")]
    [InlineData(2, "train", "weather", "judged.jsonl")]
    [InlineData(3, "eval", "detect", "missing.jsonl")]
    [InlineData(3, "train", "events", "missing.jsonl")]
    public void Bad_input_gets_a_message_and_an_exit_code(int exit, params string[] args)
    {
        var data = JudgedFile();
        var run = CliRun.Of([.. args.Select(a => a == "judged.jsonl" ? data : a == "missing.jsonl" ? Path.Combine(_folder.Path, a) : a)]);
        Assert.Equal(exit, run.ExitCode);
        Assert.StartsWith("marsad: ", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_difficult_no_the_annotators_tied_on_teaches_nothing_like_an_ambiguous_one()
    {
        const string Lines = """
            {"id": "a", "event": "ASSAULT", "label": "difficult no", "accept": 2, "reject": 2, "text": "وقال الشاهد إن الهجوم وقع قرب المدرسة."}
            {"id": "b", "event": "ASSAULT", "label": "difficult no", "accept": 1, "reject": 2, "text": "وتحدث التقرير عن هجمات على الصحفيين."}
            {"id": "c", "event": "ASSAULT", "label": "ambiguous", "accept": 2, "reject": 1, "text": "وأفادت أنباء بوقوع اشتباك قرب الحدود."}
            {"id": "d", "event": "ASSAULT", "label": "easy no", "accept": 0, "reject": 3, "text": "دعا الوزير إلى مكافحة العنف."}
            {"id": "e", "event": "ASSAULT", "label": "difficult no", "text": "وذكر البيان أن القصف استمر ساعات."}
            """;
        using var reader = new StringReader(Lines);
        var (sentences, problems) = Marsad.Evaluation.DetectEvaluation.Read(reader);
        Assert.Empty(problems);
        Assert.Equal([true, false, true, false, false], sentences.Select(static s => s.Split).ToArray());

        // The tie and the ambiguous sentence are left out; the 1-to-2 difficult no, the easy no and the one
        // without votes teach a non-report.
        var taught = Marsad.Evaluation.DetectEvaluation.ForTraining(sentences).ToList();
        Assert.Equal(["وتحدث التقرير عن هجمات على الصحفيين.", "دعا الوزير إلى مكافحة العنف.", "وذكر البيان أن القصف استمر ساعات."], taught.Select(static t => t.Text).ToArray());
        Assert.All(taught, static t => Assert.False(t.Reports));
    }

    [Fact]
    public void An_unknown_label_is_reported_by_line()
    {
        var path = _folder.File("bad.jsonl", Encoding.UTF8.GetBytes("{\"id\": \"x\", \"event\": \"ASSAULT\", \"label\": \"perhaps\", \"text\": \"قتل جندي.\"}\n"));
        var run = CliRun.Of("eval", "detect", path);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("line 1: unknown label 'perhaps'", run.Stderr, StringComparison.Ordinal);
    }
}
