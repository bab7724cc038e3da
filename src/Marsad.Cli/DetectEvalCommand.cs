using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad eval detect FILE [--errors N] [--folds K] [--with FILE]…</c>: the share of judged sentences on
/// which the coder codes an event of the judged type that happened, per type and label. Without --folds
/// the built-in model decides (a training figure when FILE is what it was trained on); with --folds K
/// each fold is scored by a model trained on the other folds (and on the --with files' sentences whose
/// text is not in the scored fold), so no sentence is scored by a model that saw it. With --sweep, each
/// fold is scored again with its model's thresholds moved by each of <see cref="SweepOffsets"/>: what a
/// user counting events trades between the labels at a stricter or laxer threshold.
/// </summary>
internal static class DetectEvalCommand
{
    /// <summary>The moves of every type's threshold that --sweep scores, fixed before any run.</summary>
    private static readonly double[] SweepOffsets = [-0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.3];

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var (file, errors, folds, extra, sweep) = Parse(args);
        var problems = 0;
        var sentences = ReadJudged(file, stderr, ref problems);
        var extraSentences = new List<JudgedSentence>();
        foreach (var f in extra)
        {
            if (ReadJudged(f, stderr, ref problems) is not { } read)
            {
                return ExitCodes.BadInput;
            }

            extraSentences.AddRange(read);
        }

        if (sentences is null)
        {
            return ExitCodes.BadInput;
        }

        var results = new List<(JudgedSentence Sentence, Analysis Analysis)>();
        var swept = SweepOffsets.Select(static _ => new List<(JudgedSentence Sentence, bool Coded)>()).ToArray();
        var settings = new List<string>();
        string model;
        if (folds == 0)
        {
            var pipeline = MarsadPipeline.CreateDefault();
            results.AddRange(sentences.Select(s => (s, Analyze(pipeline, s))));
            model = $"the built-in model ({EventModel.Embedded.FeatureCount} features; a training figure if FILE is among its training data)";
        }
        else
        {
            // Candidates to learn from are collected with no model, so the built-in one (trained on every
            // fold) has no say in what a fold's model learns.
            var plain = new MarsadPipelineBuilder { EventModel = EventModel.None }.Build();
            for (var fold = 0; fold < folds; fold++)
            {
                var held = sentences.Where(s => DetectEvaluation.Fold(s.Id, folds) == fold).ToList();
                var heldTexts = held.Select(static s => s.Text).ToHashSet(StringComparer.Ordinal);
                var training = sentences.Where(s => DetectEvaluation.Fold(s.Id, folds) != fold)
                    .Concat(extraSentences.Where(s => !heldTexts.Contains(s.Text)));
                var trained = EventModelTrainer.Train(plain, DetectEvaluation.ForTraining(training), []);
                settings.Add(string.Create(CultureInfo.InvariantCulture, $"fold {fold + 1}: {string.Join(' ', trained.Comments)}"));
                var pipeline = new MarsadPipelineBuilder { EventModel = trained }.Build();
                results.AddRange(held.Select(s => (s, Analyze(pipeline, s))));
                for (var k = 0; sweep && k < SweepOffsets.Length; k++)
                {
                    var moved = new MarsadPipelineBuilder { EventModel = trained.WithThresholdsMoved(SweepOffsets[k]) }.Build();
                    swept[k].AddRange(held.Select(s => (s, DetectEvaluation.Coded(s, Analyze(moved, s)))));
                }
            }

            model = string.Create(CultureInfo.InvariantCulture, $"{folds}-fold cross-validation (each fold scored by a model trained on the others{(extra.Count > 0 ? " and the --with files" : "")})");
        }

        var scores = DetectEvaluation.Score(results.Select(static r => (r.Sentence, DetectEvaluation.Coded(r.Sentence, r.Analysis))));
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{file}: {sentences.Count} sentences; {model}"));
        writer.WriteLine("event      label         sentences  coded  share");
        foreach (var row in scores.Where(static r => r.Sentences > 0))
        {
            writer.WriteLine(string.Create(inv, $"{PloverTypes.Name(row.Event),-10} {DetectEvaluation.Name(row.Label),-13} {row.Sentences,9} {row.Coded,6} {row.Share,6:0.00}"));
        }

        if (sweep)
        {
            Sweep(writer, swept);
        }

        // What each fold's inner folds chose (the L2 weight).
        if (settings.Count > 0)
        {
            writer.WriteLine("-- fold models");
            settings.ForEach(writer.WriteLine);
        }

        if (errors > 0)
        {
            Section(writer, "yes, not coded", errors, results.Where(r => r.Sentence.Label == JudgedLabel.Yes && !DetectEvaluation.Coded(r.Sentence, r.Analysis)));
            Section(writer, "no, coded", errors, results.Where(r => r.Sentence.Label is JudgedLabel.EasyNo or JudgedLabel.DifficultNo && DetectEvaluation.Coded(r.Sentence, r.Analysis)));
        }

        return problems == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static Analysis Analyze(MarsadPipeline pipeline, JudgedSentence s) =>
        pipeline.Analyze(new SourceDocument { Source = s.Id, Text = s.Text, Published = s.Date });

    /// <summary>The judged sentences of a file, its bad lines reported; null when the file does not exist.</summary>
    internal static List<JudgedSentence>? ReadJudged(string file, TextWriter stderr, ref int problems)
    {
        if (!File.Exists(file))
        {
            stderr.WriteLine($"marsad: {file}: no such file");
            problems++;
            return null;
        }

        using var reader = new StreamReader(file, Encoding.UTF8);
        var (sentences, bad) = DetectEvaluation.Read(reader);
        foreach (var problem in bad)
        {
            stderr.WriteLine($"marsad: {file}: {problem}");
        }

        problems += bad.Length;
        return [.. sentences];
    }

    /// <summary>
    /// Per type and threshold move, the sentences coded of each label, the difficult no split into ties
    /// (as many annotators accepted as rejected) and the rest.
    /// </summary>
    private static void Sweep(TextWriter writer, List<(JudgedSentence Sentence, bool Coded)>[] swept)
    {
        writer.WriteLine("-- thresholds moved (coded sentences; difficult no = ties + the rest)");
        writer.WriteLine("event      move    yes  easy-no  difficult-no  ties  rest");
        foreach (var type in swept[0].Select(static r => r.Sentence.Event).Distinct().OrderBy(static t => PloverTypes.Name(t), StringComparer.Ordinal))
        {
            for (var k = 0; k < SweepOffsets.Length; k++)
            {
                var of = swept[k].Where(r => r.Sentence.Event == type && r.Coded).Select(static r => r.Sentence).ToList();
                int Count(Func<JudgedSentence, bool> which) => of.Count(which);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{PloverTypes.Name(type),-10} {SweepOffsets[k],5:+0.00;-0.00;0.00} {Count(static s => s.Label == JudgedLabel.Yes),6} {Count(static s => s.Label == JudgedLabel.EasyNo),8} {Count(static s => s.Label == JudgedLabel.DifficultNo),13} {Count(static s => s.Label == JudgedLabel.DifficultNo && s.Split),5} {Count(static s => s.Label == JudgedLabel.DifficultNo && !s.Split),5}"));
            }
        }
    }

    private static (string File, int Errors, int Folds, List<string> Extra, bool Sweep) Parse(string[] args)
    {
        string? file = null;
        var sweep = false;
        var errors = 0;
        var folds = 0;
        var extra = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--errors" or "--folds")
            {
                var name = args[i];
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (name == "--folds" && value < 2))
                {
                    throw new UsageException(name == "--folds" ? "--folds takes a whole number from 2." : "--errors takes a whole number.");
                }

                (errors, folds) = name == "--errors" ? (value, folds) : (errors, value);
            }
            else if (args[i] == "--sweep")
            {
                sweep = true;
            }
            else if (args[i] == "--with")
            {
                extra.Add(i + 1 < args.Length ? args[++i] : throw new UsageException("--with takes a JSON-lines file of judged or gold sentences."));
            }
            else if (args[i].StartsWith('-'))
            {
                throw new UsageException($"unknown option '{args[i]}' for eval detect.");
            }
            else
            {
                file = file is null ? args[i] : throw new UsageException("eval detect takes one JSON-lines file of judged sentences.");
            }
        }

        if (extra.Count > 0 && folds == 0)
        {
            throw new UsageException("--with adds training sentences, so it needs --folds.");
        }

        if (sweep && folds == 0)
        {
            throw new UsageException("--sweep moves the thresholds of the fold models, so it needs --folds.");
        }

        return (file ?? throw new UsageException("eval detect takes one JSON-lines file of judged sentences."), errors, folds, extra, sweep);
    }

    private static void Section(TextWriter writer, string title, int limit, IEnumerable<(JudgedSentence Sentence, Analysis Analysis)> results)
    {
        var all = results.ToList();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {title}: {all.Count}"));
        foreach (var (s, analysis) in all.Take(limit))
        {
            writer.WriteLine($"  {PloverTypes.Name(s.Event)} {DetectEvaluation.Name(s.Label)} {s.Id}: {s.Text}");
            foreach (var e in analysis.Events)
            {
                writer.WriteLine($"      {PloverTypes.Name(e.Event)} {e.Rule} [{e.Trigger.Text}] modality {string.Join('|', e.Modality.Select(EventModalities.Name))}");
            }
        }
    }
}
