using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad eval events FILE.jsonl [--errors N] [--part A|B]</c>: the event coder on sentences with gold PLOVER events.
/// <c>--part</c> scores one half of the file, cut by a stable hash of the sentence id (the detection folds' hash over
/// two folds), so errors can be read on half A while half B stays unseen and measures what the rules carry over.
/// </summary>
internal static class EventEvalCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var (file, errors, part) = Parse(args);
        if (!File.Exists(file))
        {
            stderr.WriteLine($"marsad: {file}: no such file");
            return ExitCodes.BadInput;
        }

        using var reader = new StreamReader(file, Encoding.UTF8);
        var (all, problems) = EventEvaluation.Read(reader);
        var sentences = part is null ? all : all.Where(s => InPart(s.Id, part.Value)).ToImmutableArray();
        foreach (var problem in problems)
        {
            stderr.WriteLine($"marsad: {file}: {problem}");
        }

        var pipeline = MarsadPipeline.CreateDefault();
        var coded = sentences.Select(s => (s, pipeline.Analyze(new SourceDocument { Source = s.Id, Text = s.Text, Published = s.Date }))).ToList();
        var scores = EventEvaluation.Score(coded);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{file}: {sentences.Length} sentences{(part is null ? "" : $" (part {part}: half of {all.Length} by a hash of the sentence id)")}"));
        writer.WriteLine("event      sentences  found  recall  actor-country   baseline        actor-sector    baseline              same-type+/sentence  other/sentence");
        foreach (var row in scores)
        {
            writer.WriteLine(string.Create(inv,
                $"{PloverTypes.Name(row.Event),-10} {row.Sentences,9} {row.Found,6} {row.Recall,7:0.000} {row.ActorCountryAccuracy,8:0.000} ({row.ActorCountryRight}/{row.ActorCountryGold}) {row.ActorCountryBaselineAccuracy,7:0.000} ({row.ActorCountryBaseline}/{row.ActorCountryGold}) {row.ActorSectorAccuracy,7:0.000} ({row.ActorSectorRight}/{row.ActorSectorGold}) {row.ActorSectorBaselineAccuracy,7:0.000} ({row.ActorSectorBaseline}/{row.ActorSectorGold}, {row.MostFrequentSector ?? "-"}) {row.ExtraSameTypePerSentence,9:0.000} {row.OtherPerSentence,15:0.000}"));
        }

        // What each figure counts, so a reader never takes a trivial score for a good one.
        writer.WriteLine("actor figures are over found sentences whose gold names a country (sector); baselines on the same sentences:");
        writer.WriteLine("  country: the country of the first entity the sentence names; sector: always the gold's most frequent sector for the type.");
        writer.WriteLine("same-type+: events of the gold type beyond the first (the gold has one a sentence); other: events of other types.");

        if (errors > 0)
        {
            WriteErrors(writer, coded, errors);
        }

        return problems.IsEmpty ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>Whether the sentence <paramref name="id"/> falls in half <paramref name="part"/> (A or B) of a file.</summary>
    internal static bool InPart(string id, char part) => DetectEvaluation.Fold(id, 2) == (part == 'A' ? 0 : 1);

    private static (string File, int Errors, char? Part) Parse(string[] args)
    {
        string? file = null;
        var errors = 0;
        char? part = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--part")
            {
                part = i + 1 < args.Length && args[++i] is "A" or "B" ? args[i][0] : throw new UsageException("--part takes A or B.");
                continue;
            }

            if (args[i] == "--errors")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out errors))
                {
                    throw new UsageException("--errors takes a whole number.");
                }
            }
            else if (args[i].StartsWith('-'))
            {
                throw new UsageException($"unknown option '{args[i]}' for eval events.");
            }
            else
            {
                file = file is null ? args[i] : throw new UsageException("eval events takes one JSON-lines file of gold sentences.");
            }
        }

        return (file ?? throw new UsageException("eval events takes one JSON-lines file of gold sentences."), errors, part);
    }

    /// <summary>Up to <paramref name="limit"/> sentences of each kind of error: missed, wrong actor country, other events.</summary>
    private static void WriteErrors(TextWriter writer, List<(GoldEventSentence Gold, Analysis Analysis)> coded, int limit)
    {
        Section(writer, "missed", limit, coded
            .Where(c => !c.Analysis.Events.Any(e => e.Event == c.Gold.Event))
            .Select(c => $"{PloverTypes.Name(c.Gold.Event)} {c.Gold.Id}: {c.Gold.Text}{Events(c.Analysis)}"));
        Section(writer, "actor country not found", limit, coded
            .Where(c => c.Gold.ActorCountry is not null && c.Analysis.Events.Any(e => e.Event == c.Gold.Event)
                && !EventEvaluation.ActorCountryRight(c.Gold, c.Analysis))
            .Select(c => $"{PloverTypes.Name(c.Gold.Event)} {c.Gold.Id} gold {c.Gold.ActorCountry} [{c.Gold.ActorText}]: {c.Gold.Text}{Events(c.Analysis)}"));
        Section(writer, "actor sector not found", limit, coded
            .Where(c => c.Gold.ActorSector is not null && c.Analysis.Events.Any(e => e.Event == c.Gold.Event)
                && !EventEvaluation.ActorSectorRight(c.Gold, c.Analysis))
            .Select(c => $"{PloverTypes.Name(c.Gold.Event)} {c.Gold.Id} gold {c.Gold.ActorSector} [{c.Gold.ActorText}]: {c.Gold.Text}{Events(c.Analysis)}"));
        Section(writer, "other events", limit, coded
            .Where(c => c.Analysis.Events.Any(e => e.Event != c.Gold.Event))
            .Select(c => $"{PloverTypes.Name(c.Gold.Event)} {c.Gold.Id}: {c.Gold.Text}{Events(c.Analysis)}"));
    }

    private static string Events(Analysis analysis) => string.Concat(analysis.Events.Select(e =>
        $"\n      {PloverTypes.Name(e.Event)} {e.Rule} [{e.Trigger.Text}] actor {Sides(analysis, e.Actor)} recipient {Sides(analysis, e.Recipient)}"));

    private static string Sides(Analysis analysis, IEnumerable<string> ids) =>
        "(" + string.Join(", ", ids.Select(id => analysis.Entities.FirstOrDefault(x => x.Id == id) is { } x ? $"{id} {x.Country}/{x.Sector}" : id)) + ")";

    private static void Section(TextWriter writer, string title, int limit, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {title}: {all.Count}"));
        foreach (var line in all.Take(limit))
        {
            writer.WriteLine($"  {line}");
        }
    }
}
