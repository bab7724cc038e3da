namespace Marsad.Cli;

/// <summary>
/// <c>marsad train MODEL …</c>: one entry for the learned models, each trained by its own command
/// (<see cref="TrainNerCommand"/>, <see cref="TrainEventsCommand"/>) so each keeps its own options and help.
/// </summary>
internal static class TrainCommand
{
    public const string Help = """
        Usage: marsad train ner FILE.conll... [--out PATH]
               marsad train events FILE.jsonl... [--out PATH]

        Trains one of Marsad's learned models and writes it under data/models (rebuild Marsad to ship it).
        The same files give the same bytes. 'marsad train ner --help' and 'marsad train events --help'
        say more.
        """;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            MarsadApp.WriteLine(stdout, Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        return args[0] switch
        {
            "ner" => TrainNerCommand.Run(args, stdout, stderr),
            "events" => TrainEventsCommand.Run(args, stdout, stderr),
            _ => throw new UsageException($"unknown model '{args[0]}'; try 'marsad train ner FILE.conll...' or 'marsad train events FILE...'."),
        };
    }
}
