using System.Reflection;

namespace Marsad.Cli;

/// <summary>
/// The <c>marsad</c> command: dispatches to a subcommand with the process's streams passed in, so tests
/// run the real command in-process. Never lets an exception escape as a stack trace.
/// </summary>
public static class MarsadApp
{
    internal const string Usage = """
        Usage: marsad <command> [options]

        Commands:
          analyze <input>...   Analyse Arabic news articles and write the output contract.
          eval ner FILE        Score entity recognition against a CoNLL corpus.
          eval gold GOLD SAMPLE  Check an analysis against a gold file.
          eval timex DIR       Score time expressions against TimeML files.
          eval events FILE     Score event coding against PLOVER gold sentences (JSON lines).
          help                 Show this help.
          version              Show the version.

        Run 'marsad analyze --help' for the options of analyze.
        """;

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length == 0)
            {
                throw new UsageException("no command given.");
            }

            switch (args[0])
            {
                case "analyze":
                    return AnalyzeCommand.Run(args[1..], stdin, stdout, stderr);
                case "eval":
                    return EvalCommand.Run(args[1..], stdout, stderr);
                case "help" or "--help" or "-h":
                    WriteLine(stdout, Usage);
                    return ExitCodes.Success;
                case "version" or "--version":
                    WriteLine(stdout, Version());
                    return ExitCodes.Success;
                default:
                    throw new UsageException($"unknown command '{args[0]}'.");
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            stderr.WriteLine("Run 'marsad help' for usage.");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            // Output that cannot be written (a closed pipe, a full disk) ends the run with a message.
            stderr.WriteLine($"marsad: cannot write output: {e.Message}");
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // The last line of defence: a fault of ours is a message and exit 1, never a stack trace.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"marsad: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    internal static void WriteLine(Stream stdout, string text)
    {
        using var writer = new StreamWriter(stdout, leaveOpen: true);
        writer.WriteLine(text);
    }

    internal static string Version() =>
        "marsad " + (typeof(MarsadApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
}
