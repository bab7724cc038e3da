using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Events;
using Marsad.Model;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Recognition.Quantities;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>
/// `stage-times FILE.jsonl`: one thread through a JSON-lines corpus, timing each stage of what
/// `marsad analyze` does to every article (reading, text layer, entities, times, quantities, events,
/// JSON output) with the bytes each allocates. Where the whole-process time goes, on a corpus far
/// larger than a BenchmarkDotNet run can hold; the stages run in the pipeline's order on its inputs.
/// On Linux the times are the thread's own CPU time, so other work on a shared machine inflates them
/// far less than it does wall-clock time; elsewhere they are wall-clock time.
/// </summary>
internal static partial class StageTimes
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool UseThreadCpu = OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out _) == 0;

    /// <summary>Now, in <see cref="Stopwatch.Frequency"/> ticks: the thread's CPU time where it can be read.</summary>
    private static long Now()
    {
        if (!UseThreadCpu)
        {
            return Stopwatch.GetTimestamp();
        }

        ClockGetTime(ThreadCpuClock, out var time);
        return (long)(((time.Seconds * 1_000_000_000.0) + time.Nanoseconds) * Stopwatch.Frequency / 1_000_000_000.0);
    }

    private static readonly string[] Names = ["read", "text layer", "entities: rules", "entities: tagger", "entities: merge, propagation", "times", "quantities", "events", "json output"];

    public static int Run(string path, TextWriter output)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var gazetteer = Recognition.Entities.EntityGazetteer.Build(pipeline.KnowledgeBase);
        var recognizer = new Recognition.Entities.EntityRecognizer(gazetteer);
        var tagger = Recognition.Tagging.NerModel.Default is { } model ? new Recognition.Tagging.NerTagger(model, gazetteer) : null;
        var layer = new Recognition.Tagging.EntityLayer(recognizer, gazetteer, tagger);
        var ticks = new long[Names.Length];
        var bytes = new long[Names.Length];
        long articles = 0, inputBytes = new FileInfo(path).Length;
        var sink = new Utf8JsonWriter(Stream.Null, AnalysisJsonWriter.WriterOptions());

        using var stream = File.OpenRead(path);
        using var results = ArticleReader.Default.ReadJsonLines(path, stream, new ReaderOptions()).GetEnumerator();
        while (true)
        {
            var stage = 0;
            var clock = Now();
            var allocated = GC.GetAllocatedBytesForCurrentThread();

            void Lap()
            {
                var now = Now();
                var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
                ticks[stage] += now - clock;
                bytes[stage] += nowAllocated - allocated;
                clock = now;
                allocated = nowAllocated;
                stage++;
            }

            if (!results.MoveNext())
            {
                break;
            }

            if (results.Current.Document is not { } document)
            {
                continue;
            }

            Lap();
            var text = TextAnalysis.Create(document.Text);
            _ = text.Tokens; // built on first use; counted here, not in the first stage that asks
            Lap();
            // As the entity layer does: the rules hand the tagger the lexicon facts they look up on their pass.
            var lexicon = Recognition.Tagging.EntityLayer.RentLexicon(text);
            var rules = recognizer.Recognize(text, document.Published, lexicon);
            Lap();
            var chunks = tagger?.Tag(text, rules, lexicon);
            Lap();
            var entities = layer.Combine(text, rules, chunks, lexicon);
            PooledArrays.Return(lexicon);
            Lap();
            var times = TimeRecognizer.Default.Recognize(text, document.Published);
            Lap();
            var quantities = QuantityRecognizer.Default.Recognize(text);
            Lap();
            var coding = EventCoder.Default.Code(text, entities, times, document.Published, "bench");
            Lap();
            var analysis = new Analysis
            {
                Id = MarsadPipeline.ContentId(document.Text),
                Source = document.Source,
                Published = document.Published,
                Text = document.Text,
                Sentences = [.. text.Sentences.Select(static s => new Sentence(s))],
                Entities = coding.Entities,
                Times = times,
                Quantities = quantities,
                Events = coding.Events,
            };
            AnalysisJsonWriter.Write(sink, analysis);
            sink.Flush();
            sink.Reset();
            Lap();
            articles++;
        }

        var total = ticks.Sum();
        var seconds = (double)total / Stopwatch.Frequency;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles} articles, {inputBytes / 1e6:F1} MB in {seconds:F2} s of {(UseThreadCpu ? "thread CPU" : "wall-clock")} time on one thread: {inputBytes / 1e6 / seconds:F2} MB/s"));
        // Collections run on this thread (workstation GC) and are counted in the stage that triggered them.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s"));
        output.WriteLine("| stage | time (s) | share | allocated (MB) |");
        output.WriteLine("|---|---|---|---|");
        for (var i = 0; i < Names.Length; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Names[i]} | {(double)ticks[i] / Stopwatch.Frequency:F2} | {100.0 * ticks[i] / total:F0}% | {bytes[i] / 1e6:F0} |"));
        }

        return 0;
    }
}
