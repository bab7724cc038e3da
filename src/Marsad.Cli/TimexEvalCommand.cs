using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Model;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad eval timex DIR [--dct YYYY-MM-DD] [--published YYYY-MM-DD] [--errors N]</c>: scores the time recogniser
/// against the TimeML files of a folder, TempEval-3 style. <c>--dct</c> is the creation time of every document, over
/// their own; <c>--published</c> only of those without one.
/// </summary>
internal static class TimexEvalCommand
{
    private const int ContextChars = 30;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var (folder, published, dct, errors) = Parse(args);
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"marsad: {folder}: no such directory");
            return ExitCodes.BadInput;
        }

        // Sorted by ordinal name so that runs (and their error listings) are the same on every machine.
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            stderr.WriteLine($"marsad: {folder}: no .tml or .xml files");
            return ExitCodes.BadInput;
        }

        var documents = new List<TimeMLDocument>();
        var bad = 0;
        foreach (var file in files)
        {
            var (document, error) = TimexCorpus.ReadFile(file);
            if (document is null)
            {
                // One bad file is reported and skipped; the others are still scored.
                stderr.WriteLine($"marsad: {error}");
                bad++;
            }
            else
            {
                documents.Add(document);
            }
        }

        var result = TimexEvaluation.Run(documents, Recognize, published, dct);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        WriteScores(writer, folder, result, bad);
        if (errors > 0)
        {
            WriteErrors(writer, result, errors);
        }

        return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? published) =>
        TimeRecognizer.Default.Recognize(TextAnalysis.Create(text), published);

    private static (string Folder, DateOnly? Published, DateOnly? Dct, int Errors) Parse(string[] args)
    {
        string? folder = null;
        DateOnly? published = null;
        DateOnly? dct = null;
        var errors = 0;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--errors")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out errors))
                {
                    throw new UsageException("--errors takes a whole number.");
                }
            }
            else if (args[i] is "--published" or "--dct")
            {
                var option = args[i];
                if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new UsageException($"{option} takes a date, YYYY-MM-DD.");
                }

                (published, dct) = option == "--dct" ? (published, (DateOnly?)date) : (date, dct);
            }
            else if (args[i].StartsWith('-'))
            {
                throw new UsageException($"unknown option '{args[i]}' for eval timex.");
            }
            else
            {
                folder = folder is null ? args[i] : throw new UsageException("eval timex takes one folder.");
            }
        }

        return (folder ?? throw new UsageException("eval timex needs a folder of TimeML files."), published, dct, errors);
    }

    private static void WriteScores(TextWriter writer, string folder, TimexResult result, int bad)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = result.Scores;
        var skipped = bad == 0 ? "" : string.Create(inv, $" ({bad} unreadable, skipped)");
        writer.WriteLine(string.Create(inv, $"{folder}: {s.Documents} documents{skipped}, {s.Gold} gold, {s.Predicted} predicted"));
        var byType = result.Documents.SelectMany(d => d.Document.Timexes).CountBy(t => t.Type).ToDictionary();
        writer.WriteLine("gold by type: " + string.Join(", ", TimexCorpus.Types.Select(t => string.Create(inv, $"{TimexTypes.Name(t)} {byType.GetValueOrDefault(t)}"))));
        writer.WriteLine("span      matched  precision  recall      F1");
        writer.WriteLine(string.Create(inv, $"strict  {s.StrictMatches,9} {s.StrictPrecision,10:0.000} {s.StrictRecall,7:0.000} {s.StrictF1,7:0.000}"));
        writer.WriteLine(string.Create(inv, $"relaxed {s.RelaxedMatches,9} {s.RelaxedPrecision,10:0.000} {s.RelaxedRecall,7:0.000} {s.RelaxedF1,7:0.000}"));
        writer.WriteLine(string.Create(inv, $"type accuracy   {s.TypeAccuracy:0.000} ({s.TypeCorrect} of {s.RelaxedMatches} relaxed matches)"));
        writer.WriteLine(string.Create(inv, $"value accuracy  {s.ValueAccuracy:0.000} ({s.ValueCorrect} of {s.RelaxedMatches} relaxed matches)"));
        writer.WriteLine(string.Create(inv, $"value F1        {s.ValueF1:0.000} (relaxed F1 x value accuracy, TempEval-3)"));
    }

    private static void WriteErrors(TextWriter writer, TimexResult result, int limit)
    {
        var documents = result.Documents;
        Section(writer, "missed", limit, documents.SelectMany(d => d.Missed.Select(g =>
            $"{Name(d)}: {Context(d.Document.Text, g.Span)}  {TimexTypes.Name(g.Type)} {g.Value}")));
        Section(writer, "spurious", limit, documents.SelectMany(d => d.Spurious.Select(p =>
            $"{Name(d)}: {Context(d.Document.Text, p.Span)}  {TimexTypes.Name(p.Type)} {p.Value ?? "(no value)"}")));
        Section(writer, "wrong type or value", limit, documents.SelectMany(d => d.Matches.Where(m => !m.TypeCorrect || !m.ValueCorrect).Select(m =>
            $"{Name(d)}: {Context(d.Document.Text, m.Predicted.Span)}  {TimexTypes.Name(m.Predicted.Type)} {m.Predicted.Value ?? "(no value)"}, gold {TimexTypes.Name(m.Gold.Type)} {m.Gold.Value} [{m.Gold.Text}]")));
    }

    private static void Section(TextWriter writer, string title, int limit, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {title}: {all.Count}"));
        foreach (var line in all.Take(limit))
        {
            writer.WriteLine($"  {line}");
        }
    }

    private static string Name(TimexDocumentResult document) => Path.GetFileName(document.Document.Source);

    /// <summary>The span in brackets with a little text either side, on one line; clamped, since a recogniser's span may be wrong.</summary>
    private static string Context(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, end + ContextChars);
        var line = $"…{text[from..start]}[{text[start..end]}]{text[end..to]}…";
        return line.ReplaceLineEndings(" ");
    }
}
