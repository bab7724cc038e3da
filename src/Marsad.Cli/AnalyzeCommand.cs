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
        var reader = ArticleReader.Default;
        var readerOptions = new ReaderOptions { Published = options.Published };
        using var output = new BufferedStream(stdout, 1 << 16);
        var exitCode = ExitCodes.Success;
        if (options.Format == OutputFormat.Csv)
        {
            WriteText(output, writer => writer.WriteLine(EventTableWriters.CsvHeader));
        }

        foreach (var (name, expandError) in InputSource.Expand(options.Inputs))
        {
            var error = expandError;
            byte[]? bytes = null;
            if (error is null)
            {
                (bytes, error) = InputSource.ReadAll(name, stdin);
            }

            if (error is not null || bytes is null)
            {
                exitCode = Fail(stderr, name, error ?? "cannot read", exitCode, ExitCodes.BadInput);
                continue;
            }

            foreach (var result in reader.Read(name, bytes, readerOptions))
            {
                if (result.Document is null)
                {
                    exitCode = Fail(stderr, result.Source, result.Error ?? "cannot read", exitCode, ExitCodes.BadInput);
                    continue;
                }

                exitCode = AnalyzeOne(pipeline, result.Document, options.Format, output, stderr, exitCode);
            }
        }

        output.Flush();
        return exitCode;
    }

    private static int AnalyzeOne(MarsadPipeline pipeline, SourceDocument document, OutputFormat format, Stream output, TextWriter stderr, int exitCode)
    {
        Analysis analysis;
        try
        {
            analysis = pipeline.Analyze(document);
        }
#pragma warning disable CA1031 // One article that trips a fault of ours must not cost the analyst the rest of the batch.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Fail(stderr, document.Source, $"internal error: {e.GetType().Name}: {e.Message}", exitCode, ExitCodes.InternalError);
        }

        Write(analysis, format, output, pipeline.TimeProvider);
        return exitCode;
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
