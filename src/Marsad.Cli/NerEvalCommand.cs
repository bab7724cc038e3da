using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad eval ner</c>: scores the entity layer on a CoNLL file — as shipped (rules, the trained tagger,
/// propagation), the rules alone, or cross-validated with <c>--folds K</c>, which trains a tagger per fold
/// and never scores a document with a model that saw it.
/// </summary>
internal static class NerEvalCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var options = NerEvalOptions.Parse(args);
        var (sentences, error) = NerCorpusFiles.Read(options.File);
        if (error is not null)
        {
            stderr.WriteLine(error);
            return ExitCodes.BadInput;
        }

        var extra = new List<(string File, System.Collections.Immutable.ImmutableArray<ConllSentence> Sentences)>();
        foreach (var file in options.ExtraTrain)
        {
            var (more, problem) = NerCorpusFiles.Read(file);
            if (problem is not null)
            {
                stderr.WriteLine(problem);
                return ExitCodes.BadInput;
            }

            extra.Add((file, more));
        }

        var documentCount = (sentences.Length + NerEvaluation.DefaultDocumentSize - 1) / NerEvaluation.DefaultDocumentSize;
        if (options.Folds > documentCount)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marsad: {options.File}: {documentCount} documents of {NerEvaluation.DefaultDocumentSize} sentences cannot make {options.Folds} folds"));
            return ExitCodes.BadInput;
        }

        var gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
        var recognizer = new EntityRecognizer(gazetteer);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{options.File}: {sentences.Length} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens"));
        NerResult result;
        NerResult? rulesAlone = null;
        if (options.Folds == 0)
        {
            var model = options.RulesOnly ? null : NerModel.Default;
            var layer = new EntityLayer(recognizer, gazetteer, model is null ? null : new NerTagger(model, gazetteer), options.Cv.ByType, options.Cv.Propagate && !options.RulesOnly);
            result = NerEvaluation.Run(text => layer.Recognize(text, null), sentences, options.DocumentSize);
            writer.WriteLine(model is null ? "rules only" : "rules + shipped tagger (trained on the ANERcorp and NewsFANE training parts: scores on them are not held out; use --folds)");
            WriteScores(writer, result);
        }
        else
        {
            writer.WriteLine("rules only");
            rulesAlone = NerEvaluation.Run(recognizer, sentences);
            WriteScores(writer, rulesAlone);
            var documents = NerTraining.Documents(recognizer, sentences, 0);
            var extraDocuments = new List<NerDocument>();
            foreach (var (_, more) in extra)
            {
                extraDocuments.AddRange(NerTraining.Documents(recognizer, more, documents.Count + extraDocuments.Count));
            }

            result = NerCrossValidation.Run(gazetteer, recognizer, sentences, documents, extraDocuments, options.Folds, options.Cv);
            var extraNames = extra.Count == 0 ? "" : ", and always on " + string.Join(", ", extra.Select(e => e.File));
            writer.WriteLine(string.Create(inv, $"rules + tagger, {options.Folds}-fold cross-validation over {documents.Count} documents of {NerEvaluation.DefaultDocumentSize} sentences (trained on the other folds{extraNames}; features {options.Cv.Groups}, policy {options.Cv.ByType}, propagation {(options.Cv.Propagate ? "on" : "off")})"));
            WriteScores(writer, result);
            if (!result.Margins.IsEmpty)
            {
                writer.WriteLine("organisation margin chosen inside each fold's training folds: " + string.Join(", ", result.Margins.Select(m => float.IsNegativeInfinity(m) ? "none" : m.ToString(inv))));
            }

            if (!result.MarginsByType.IsEmpty)
            {
                writer.WriteLine("margins chosen inside each fold's training folds: " + string.Join("; ", result.MarginsByType));
            }

            if (!result.Curve.IsEmpty)
            {
                writer.WriteLine("margin curve: each type's tagger-only chunks kept at or above the margin (the other types keep all)");
                writer.WriteLine("type   margin  predicted  correct  precision  recall      F1");
                foreach (var point in result.Curve)
                {
                    var row = point.Score;
                    writer.WriteLine(string.Create(inv, $"{row.Type,-5} {(float.IsNegativeInfinity(point.Margin) ? "none" : float.IsPositiveInfinity(point.Margin) ? "all" : point.Margin.ToString(inv)),7} {row.Predicted,10} {row.Correct,8} {row.Precision,10:0.000} {row.Recall,7:0.000} {row.F1,7:0.000}"));
                }
            }

            if (options.Ablation)
            {
                writer.WriteLine("ablation, F1 of the same cross-validation with one part left out:");
                writer.WriteLine("left out      LOC    PERS     ORG     ALL");
                WriteF1(writer, "nothing", result);
                foreach (var group in Enum.GetValues<FeatureGroups>().Where(g => g is not (FeatureGroups.None or FeatureGroups.All or FeatureGroups.Default) && (options.Cv.Groups & g) != 0))
                {
                    WriteF1(writer, group.ToString().ToLowerInvariant(), NerCrossValidation.Run(gazetteer, recognizer, sentences, documents, extraDocuments, options.Folds, options.Cv with { Groups = options.Cv.Groups & ~group }));
                }

                WriteF1(writer, "propagation", NerCrossValidation.Run(gazetteer, recognizer, sentences, documents, extraDocuments, options.Folds, options.Cv with { Propagate = false }));
            }
        }

        if (options.Errors > 0)
        {
            WriteErrors(writer, result, options.Errors);
        }

        if (options.ErrorKinds)
        {
            WriteErrorKinds(writer, result, rulesAlone ?? NerEvaluation.Run(recognizer, sentences, options.DocumentSize));
        }

        return ExitCodes.Success;
    }

    private static void WriteScores(TextWriter writer, NerResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("type   gold  predicted  correct  precision  recall      F1");
        foreach (var row in result.Scores)
        {
            writer.WriteLine(string.Create(inv, $"{row.Type,-5} {row.Gold,5} {row.Predicted,10} {row.Correct,8} {row.Precision,10:0.000} {row.Recall,7:0.000} {row.F1,7:0.000}"));
        }
    }

    private static void WriteF1(TextWriter writer, string name, NerResult result)
    {
        var f1 = result.Scores.ToDictionary(static r => r.Type, static r => r.F1, StringComparer.Ordinal);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-11} {f1["LOC"],6:0.000} {f1["PERS"],7:0.000} {f1["ORG"],7:0.000} {f1["ALL"],7:0.000}"));
    }

    // Each error line ends with its kind (NerErrorKinds), so the lists can be counted by kind.
    private static void WriteErrors(TextWriter writer, NerResult result, int perType)
    {
        var gold = result.Gold.ToHashSet();
        var predicted = result.Predicted.ToHashSet();
        var goldBy = result.Gold.ToLookup(static c => c.Sentence);
        var predictedBy = result.Predicted.ToLookup(static c => c.Sentence);
        foreach (var type in NerEvaluation.ScoredTypes)
        {
            writer.WriteLine($"-- {type} missed");
            foreach (var chunk in result.Gold.Where(c => c.Type == type && !predicted.Contains(c)).Take(perType))
            {
                writer.WriteLine($"  {Context(result, chunk)}  <{KindName(NerErrorKinds.KindOf(chunk, predictedBy[chunk.Sentence]))}>");
            }

            writer.WriteLine($"-- {type} spurious");
            foreach (var chunk in result.Predicted.Where(c => c.Type == type && !gold.Contains(c)).Take(perType))
            {
                writer.WriteLine($"  {Context(result, chunk)}  <{KindName(NerErrorKinds.KindOf(chunk, goldBy[chunk.Sentence]))}>");
            }
        }
    }

    private static string KindName((NerErrorKind Kind, string Other) kind) => kind.Kind switch
    {
        NerErrorKind.Boundary => "boundary",
        NerErrorKind.Type => $"type {kind.Other}",
        NerErrorKind.BoundaryAndType => $"boundary+type {kind.Other}",
        _ => "alone",
    };

    /// <summary>The errors of <paramref name="result"/> by type, side, kind and source (<see cref="NerErrorKinds"/>), one row per kind with a column per source.</summary>
    private static void WriteErrorKinds(TextWriter writer, NerResult result, NerResult rulesAlone)
    {
        var counts = NerErrorKinds.Count(result.Gold, result.Predicted, rulesAlone.Predicted, NerEvaluation.ScoredTypes);
        var sources = Enum.GetValues<NerErrorSource>();
        writer.WriteLine("error kinds: predicted chunks not in the gold (spurious) and gold chunks not predicted (missed), by what the other side has over them; source read against the rules alone");
        writer.WriteLine("type  error     kind            other  total  " + string.Join("  ", sources.Select(static s => s.ToString().ToLowerInvariant())));
        foreach (var row in counts.GroupBy(static c => (c.Type, c.Missed, c.Kind, c.Other)))
        {
            var bySource = sources.Select(s => row.Where(c => c.Source == s).Sum(static c => c.Count).ToString(CultureInfo.InvariantCulture).PadLeft(s.ToString().Length));
            var kind = KindName((row.Key.Kind, "")).TrimEnd();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Key.Type,-5} {(row.Key.Missed ? "missed" : "spurious"),-9} {kind,-15} {row.Key.Other,-5} {row.Sum(static c => c.Count),6}  {string.Join("  ", bySource)}"));
        }
    }

    private static string Context(NerResult result, Chunk chunk)
    {
        var tokens = result.Sentences[chunk.Sentence].Tokens;
        var from = Math.Max(0, chunk.Start - 3);
        var to = Math.Min(tokens.Length, chunk.End + 3);
        return $"{string.Join(' ', tokens[from..chunk.Start])} [{string.Join(' ', tokens[chunk.Start..chunk.End])}] {string.Join(' ', tokens[chunk.End..to])}";
    }
}
