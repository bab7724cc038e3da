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

        // Articles are read and written on this thread in input order, and analysed and rendered on up to
        // `jobs` workers in between. At most `window` articles are in flight, which bounds the memory held
        // whatever the size of the corpus, and keeps every worker busy while one article takes long.
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.Jobs).ConcurrentScheduler;
        var window = options.Jobs * 4;
        var inFlight = new Queue<Task<Outcome>>(window);
        foreach (var result in Articles(options.Inputs, stdin, readerOptions))
        {
            if (inFlight.Count == window)
            {
                exitCode = Emit(Finished(inFlight.Dequeue()), output, stderr, exitCode);
            }

            var format = options.Format;
            inFlight.Enqueue(Task.Factory.StartNew(
                () => Process(pipeline, result, format), CancellationToken.None, TaskCreationOptions.DenyChildAttach, workers));
        }

        while (inFlight.Count > 0)
        {
            exitCode = Emit(Finished(inFlight.Dequeue()), output, stderr, exitCode);
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

            // Read decodes the bytes at once; let them go before the articles are analysed, since a large
            // input's bytes would otherwise stay alive beside its text until the last article is out.
            var results = reader.Read(name, bytes, options);
            bytes = null;
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// The outcome of an article in flight, once its worker is done. The main thread blocks on the task's wait
    /// handle rather than in <see cref="Task.Wait()"/>, which spins first (yielding the processor again and
    /// again): with one worker the main thread waits for nearly every article, and that spinning was about 2 %
    /// of a corpus run's CPU by perf (docs/PERFORMANCE.md), where blocking costs one wake-up.
    /// </summary>
    private static Outcome Finished(Task<Outcome> task)
    {
        if (!task.IsCompleted)
        {
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }

        var outcome = task.GetAwaiter().GetResult();
        // Completed, so safe to dispose: gives back the wait handle made above, if one was.
        task.Dispose();
        return outcome;
    }

    /// <summary>What became of one read result: its rendered analysis, or why there is none.</summary>
    private sealed record Outcome(ReadResult Result, ChunkedOutput? Rendered, string? Error);

    /// <summary>Analyses one article and renders it in the output format, on a worker.</summary>
    private static Outcome Process(MarsadPipeline pipeline, ReadResult result, OutputFormat format)
    {
        if (result.Document is not { } document)
        {
            return new Outcome(result, null, null);
        }

        var (analysis, error) = Analyze(pipeline, document);
        if (analysis is null)
        {
            return new Outcome(result, null, error);
        }

        var rendered = new ChunkedOutput();
        Write(analysis, format, rendered, pipeline.TimeProvider);
        return new Outcome(result, rendered, null);
    }

    /// <summary>Writes one outcome in its turn: the rendering to the output, a failure to stderr.</summary>
    private static int Emit(Outcome outcome, Stream output, TextWriter stderr, int exitCode)
    {
        if (outcome.Result.Document is null)
        {
            return Fail(stderr, outcome.Result.Source, outcome.Result.Error ?? "cannot read", exitCode, ExitCodes.BadInput);
        }

        if (outcome.Error is not null)
        {
            return Fail(stderr, outcome.Result.Source, outcome.Error, exitCode, ExitCodes.InternalError);
        }

        // Flushed per article, as before: what was analysed is out even if a later article brings the process down.
        using (var rendered = outcome.Rendered!)
        {
            rendered.WriteTo(output);
        }

        output.Flush();
        return exitCode;
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
