using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary><c>marsad eval places FILE.jsonl [--errors N] [--match event|trigger-word]</c>: event places against paragraphs with the gold place of each event.</summary>
internal static class PlaceEvalCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var errors = 0;
        var at = Array.IndexOf(args, "--errors");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out errors)))
        {
            throw new UsageException("--errors takes a whole number.");
        }

        var matching = PlaceMatching.Event;
        var by = Array.IndexOf(args, "--match");
        if (by >= 0 && (by + 1 >= args.Length || !PlaceMatchings.TryParse(args[by + 1], out matching)))
        {
            throw new UsageException($"--match takes one of {PlaceMatchings.Listed()}.");
        }

        // The file is the one argument that is neither an option nor an option's value.
        var file = args.Where((a, i) => !a.StartsWith('-') && !(i > 0 && args[i - 1] is "--errors" or "--match")).FirstOrDefault()
            ?? throw new UsageException("eval places takes one JSON-lines file of paragraphs.");

        if (!File.Exists(file))
        {
            stderr.WriteLine($"marsad: {file}: no such file");
            return ExitCodes.BadInput;
        }

        using var reader = new StreamReader(file, Encoding.UTF8);
        var (paragraphs, problems) = PlaceEvaluation.Read(reader);
        foreach (var problem in problems)
        {
            stderr.WriteLine($"marsad: {file}: {problem}");
        }

        var pipeline = MarsadPipeline.CreateDefault();
        var score = PlaceEvaluation.Score(
            paragraphs.Select(p => (p, pipeline.Analyze(new SourceDocument { Source = p.Id, Text = p.Text, Published = p.Published }))),
            KnowledgeBase.Default,
            matching);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{file}: {paragraphs.Length} paragraphs, {score.Events} gold events, matched by {PlaceMatchings.Name(matching)}"));
        writer.WriteLine(string.Create(inv, $"with a place: {score.PlacedShare:0.000} ({score.Placed}/{score.Events})"));
        writer.WriteLine(string.Create(inv, $"right where the text names one: {score.RightShare:0.000} ({score.Right}/{score.Named})"));
        writer.WriteLine(string.Create(inv, $"right among those the coder found: {score.RightAmongFound:0.000} ({score.Right}/{score.NamedFound})"));
        foreach (var o in score.Outcomes.Where(static o => !o.Right && o.Gold.PlaceAr is not null).Take(errors))
        {
            var got = o.Coded is null ? "no event" : o.Coded.Place is { } p ? $"{p.Id} ({p.Country})" : "no place";
            writer.WriteLine($"  {o.Paragraph.Id} {o.Gold.Trigger}: gold {o.Gold.PlaceAr} ({o.Gold.Country ?? "-"}), got {got}");
        }

        return problems.IsEmpty ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
