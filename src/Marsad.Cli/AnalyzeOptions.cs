using System.Globalization;

namespace Marsad.Cli;

/// <summary>The parsed command line of <c>marsad analyze</c>.</summary>
internal sealed record AnalyzeOptions
{
    public const string Help = """
        Usage: marsad analyze [options] <input>...

        Reads each input (a file, a directory of files, or - for standard input), detects its format
        (plain text, HTML, JSON lines) and encoding (UTF-8, UTF-16, Windows-1256, ISO-8859-6), removes
        boilerplate and writes one analysis per article.

        Options:
          --published DATE   Publication date (YYYY-MM-DD, or YYYY-MM / YYYY for its first day) for inputs that carry none.
          --format FORMAT    json (default): one marsad.analysis/1 object per line;
                             text: a readable report;
                             plover: one PLOVER event per line (JSON lines);
                             csv: one event per row, GDELT-like columns, with a header.
          --jobs N           Articles analysed at once (default: one per core). Output keeps input order.
          -h, --help         Show this help.

        JSON-lines files (.jsonl, .ndjson) are read one line at a time, so a corpus of any size
        streams through in constant memory.

        Exit codes: 0 success, 2 usage error, 3 an input could not be read (the others are still
        analysed), 1 an internal error.
        """;

    public required IReadOnlyList<string> Inputs { get; init; }

    public DateOnly? Published { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Json;

    public bool ShowHelp { get; init; }

    /// <summary>How many articles are analysed at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Parses the arguments after <c>analyze</c>; throws <see cref="UsageException"/> on a bad line.</summary>
    public static AnalyzeOptions Parse(IReadOnlyList<string> args)
    {
        var inputs = new List<string>();
        DateOnly? published = null;
        var format = OutputFormat.Json;
        var jobs = Environment.ProcessorCount;
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                inputs.Add(arg);
                continue;
            }

            var (name, inlineValue) = SplitInlineValue(arg);
            switch (name)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "-h" or "--help":
                    return new AnalyzeOptions { Inputs = [], ShowHelp = true };
                case "--published":
                    published = ParseDate(inlineValue ?? TakeValue(args, ref i, name));
                    break;
                case "--format":
                    format = ParseFormat(inlineValue ?? TakeValue(args, ref i, name));
                    break;
                case "--jobs":
                    jobs = ParseJobs(inlineValue ?? TakeValue(args, ref i, name));
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}' for analyze.");
            }
        }

        if (inputs.Count == 0)
        {
            throw new UsageException("analyze needs at least one input: a file, a directory, or - for standard input.");
        }

        return new AnalyzeOptions { Inputs = inputs, Published = published, Format = format, Jobs = jobs };
    }

    private static (string Name, string? Value) SplitInlineValue(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static string TakeValue(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{name} needs a value.");
        }

        return args[++i];
    }

    /// <summary>YYYY-MM-DD, or a month or year (its first day), as <c>marsad ingest</c> takes it.</summary>
    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--published takes a date as YYYY-MM-DD, YYYY-MM or YYYY, not '{value}'.");

    private static int ParseJobs(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs is >= 1 and <= 512
            ? jobs
            : throw new UsageException($"--jobs takes a whole number from 1 to 512, not '{value}'.");

    private static OutputFormat ParseFormat(string value) => value switch
    {
        "json" => OutputFormat.Json,
        "text" => OutputFormat.Text,
        "plover" => OutputFormat.Plover,
        "csv" => OutputFormat.Csv,
        _ => throw new UsageException($"--format takes json, text, plover or csv, not '{value}'."),
    };
}

internal enum OutputFormat
{
    Json,
    Text,
    Plover,
    Csv,
}
