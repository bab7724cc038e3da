using System.Text;
using System.Text.Json;
using Marsad.Model;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad analyze</c>: reads every input, analyses every article in it and writes one result per
/// article in input order. A bad input is reported on stderr and does not stop the others.
/// </summary>
internal static class AnalyzeCommand
{
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var options = AnalyzeOptions.Parse(args);
        if (options.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, AnalyzeOptions.Help);
            return ExitCodes.Success;
        }

        var pipeline = MarsadPipeline.CreateDefault();
        var readerOptions = new ReaderOptions { Published = options.Published };
        using var output = new BufferedStream(stdout, 1 << 16);
        var exitCode = ExitCodes.Success;
        if (options.Format == OutputFormat.Csv)
        {
            WriteText(output, writer => writer.WriteLine(EventTableWriters.CsvHeader));
        }

        // Articles are analysed a chunk at a time on every core and written in input order; a chunk
        // bounds the memory held, whatever the size of the corpus.
        var chunkSize = options.Jobs * 8;
        foreach (var chunk in Articles(options.Inputs, stdin, readerOptions).Chunk(chunkSize))
        {
            var analysed = chunk
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(options.Jobs)
                .Select(result => (Result: result, Outcome: result.Document is { } document ? Analyze(pipeline, document) : default))
                .ToArray();
            foreach (var (result, outcome) in analysed)
            {
                if (result.Document is null)
                {
                    exitCode = Fail(stderr, result.Source, result.Error ?? "cannot read", exitCode, ExitCodes.BadInput);
                }
                else if (outcome.Analysis is { } analysis)
                {
                    Write(analysis, options.Format, output, pipeline.TimeProvider);
                }
                else
                {
                    exitCode = Fail(stderr, result.Source, outcome.Error!, exitCode, ExitCodes.InternalError);
                }
            }
        }

        output.Flush();
        return exitCode;
    }

    /// <summary>Every article of every input, in order, read lazily; an input that cannot be read is a failed result.</summary>
    private static IEnumerable<ReadResult> Articles(IReadOnlyList<string> inputs, Stream stdin, ReaderOptions options)
    {
        var reader = ArticleReader.Default;
        foreach (var (name, expandError) in InputSource.Expand(inputs))
        {
            if (expandError is not null)
            {
                yield return ReadResult.Failure(name, expandError);
                continue;
            }

            if (InputSource.IsJsonLinesFile(name))
            {
                var (stream, openError) = InputSource.Open(name);
                if (stream is null)
                {
                    yield return ReadResult.Failure(name, openError!);
                    continue;
                }

                using (stream)
                {
                    foreach (var result in reader.ReadJsonLines(name, stream, options))
                    {
                        yield return result;
                    }
                }

                continue;
            }

            var (bytes, error) = InputSource.ReadAll(name, stdin);
            if (bytes is null)
            {
                yield return ReadResult.Failure(name, error ?? "cannot read");
                continue;
            }

            foreach (var result in reader.Read(name, bytes, options))
            {
                yield return result;
            }
        }
    }

    private static (Analysis? Analysis, string? Error) Analyze(MarsadPipeline pipeline, SourceDocument document)
    {
        try
        {
            return (pipeline.Analyze(document), null);
        }
#pragma warning disable CA1031 // One article that trips a fault of ours must not cost the analyst the rest of the batch.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return (null, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private static void Write(Analysis analysis, OutputFormat format, Stream output, TimeProvider clock)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var writer = new Utf8JsonWriter(output, AnalysisJsonWriter.WriterOptions()))
                {
                    AnalysisJsonWriter.Write(writer, analysis);
                }

                output.WriteByte((byte)'\n');
                break;
            case OutputFormat.Plover:
                WriteText(output, writer => EventTableWriters.WritePlover(writer, analysis, clock, MarsadApp.Version()));
                break;
            case OutputFormat.Csv:
                WriteText(output, writer => EventTableWriters.WriteCsv(writer, analysis));
                break;
            default:
                WriteText(output, writer => AnalysisTextWriter.Write(writer, analysis));
                break;
        }

        output.Flush();
    }

    private static void WriteText(Stream output, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    }

    private static int Fail(TextWriter stderr, string source, string reason, int exitCode, int failure)
    {
        stderr.WriteLine($"marsad: {source}: {reason}");
        return exitCode == ExitCodes.Success ? failure : Math.Max(exitCode, failure);
    }
}
