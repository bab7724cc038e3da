using System.Globalization;
using Marsad.Evaluation;
using Marsad.Events.Decision;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad train events FILE… [--out PATH]</c>: trains the event-mention model on judged sentences
/// (plover-detect: yes teaches a report, easy and difficult no teach a non-report, ambiguous nothing, nor a
/// difficult no the annotators tied on)
/// and gold-event sentences (plover-gsr: every one a report), and writes it (default
/// data/models/events.tsv, from the repository root). The same files give the same bytes.
/// </summary>
internal static class TrainEventsCommand
{
    public const string Help = """
        Usage: marsad train events FILE... [--out PATH]

        Trains the model of the event-mention decision (which trigger hits are events that happened) on
        JSON-lines files of judged sentences (id, event, label, text: shared/data/plover-detect) or gold
        event sentences (event, text: shared/data/plover-gsr, all read as reports), and writes it to
        PATH (default data/models/events.tsv). Training twice on the same files writes the same bytes.
        """;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" || (args.Length > 1 && args[1] is "-h" or "--help"))
        {
            MarsadApp.WriteLine(stdout, Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] != "events")
        {
            throw new UsageException($"unknown model '{args[0]}'; try 'marsad train events FILE...'.");
        }

        var files = new List<string>();
        var output = Path.Combine("data", "models", "events.tsv");
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                output = i + 1 < args.Length ? args[++i] : throw new UsageException("--out takes a file path.");
            }
            else if (args[i].StartsWith('-'))
            {
                throw new UsageException($"unknown option '{args[i]}' for train events.");
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("train events needs at least one JSON-lines file of judged sentences.");
        }

        var problems = 0;
        var sentences = new List<JudgedSentence>();
        foreach (var file in files)
        {
            if (DetectEvalCommand.ReadJudged(file, stderr, ref problems) is not { } read)
            {
                return ExitCodes.BadInput;
            }

            sentences.AddRange(read);
        }

        if (problems > 0)
        {
            return ExitCodes.BadInput;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null && !Directory.Exists(directory))
        {
            stderr.WriteLine($"marsad: {output}: no such directory (run from the repository root, or give --out)");
            return ExitCodes.BadInput;
        }

        string[] about =
        [
            "Event-mention model of Marsad's event decision (src/Marsad/Events/Decision): the chance that a trigger hit's",
            "sentence reports the occurrence. Written by 'marsad train events'; do not edit by hand.",
            "Trained on: " + string.Join(", ", files.Select(Short)) + string.Create(CultureInfo.InvariantCulture, $" ({sentences.Count} sentences)."),
            "Training data licence: see data/models/README.md (plover-detect and plover-gsr: MIT, Open Event Data Alliance).",
        ];
        var model = EventModelTrainer.Train(new MarsadPipelineBuilder { EventModel = EventModel.None }.Build(), DetectEvaluation.ForTraining(sentences), about);
        using (var stream = File.Create(output))
        {
            model.Write(stream);
        }

        MarsadApp.WriteLine(stdout, string.Create(CultureInfo.InvariantCulture, $"{output}: {model.FeatureCount} features for {string.Join(", ", model.Types)}"));
        return ExitCodes.Success;
    }

    /// <summary>A file named by its folder and name (plover-detect/dev.jsonl), so where the data lies does not change the model's bytes.</summary>
    private static string Short(string file)
    {
        var full = Path.GetFullPath(file);
        return $"{Path.GetFileName(Path.GetDirectoryName(full))}/{Path.GetFileName(full)}";
    }
}
