using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary><c>marsad eval events FILE.jsonl</c>: the event coder on sentences with gold PLOVER events.</summary>
internal static class EventEvalCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        if (args.Length != 1)
        {
            throw new UsageException("eval events takes one JSON-lines file of gold sentences.");
        }

        var file = args[0];
        if (!File.Exists(file))
        {
            stderr.WriteLine($"marsad: {file}: no such file");
            return ExitCodes.BadInput;
        }

        using var reader = new StreamReader(file, Encoding.UTF8);
        var (sentences, problems) = EventEvaluation.Read(reader);
        foreach (var problem in problems)
        {
            stderr.WriteLine($"marsad: {file}: {problem}");
        }

        var pipeline = MarsadPipeline.CreateDefault();
        var coded = sentences.Select(s => (s, pipeline.Analyze(new SourceDocument { Source = s.Id, Text = s.Text, Published = s.Date }))).ToList();
        var scores = EventEvaluation.Score(coded);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{file}: {sentences.Length} sentences"));
        writer.WriteLine("event      sentences  found  recall  actor-country  actor-sector  other/sentence");
        foreach (var row in scores)
        {
            writer.WriteLine(string.Create(inv,
                $"{row.Event,-10} {row.Sentences,9} {row.Found,6} {row.Recall,7:0.000} {row.ActorCountryAccuracy,8:0.000} ({row.ActorCountryRight}/{row.ActorCountryGold}) {row.ActorSectorAccuracy,7:0.000} ({row.ActorSectorRight}/{row.ActorSectorGold}) {row.OtherPerSentence,9:0.000}"));
        }

        return problems.IsEmpty ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
