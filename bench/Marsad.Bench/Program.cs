using BenchmarkDotNet.Running;
using Marsad.Bench;

// `make-corpus OUT.jsonl MEGABYTES`: a JSON-lines throughput corpus (see CorpusBuilder);
// `html-quality`: the HTML readers' quality report; `corpus DIR N`: write N generated articles to DIR;
// `store DIR DB`: ingest DIR into DB and time searches; `search DB`: time searches only;
// `stages DIR DB`: time reading, analysing and writing apart; `stage-times FILE.jsonl`: each analysis stage's
// time and allocation over a JSON-lines corpus; `growth [N [KIND]]`: each hostile input kind at N and 10·N units
// and the ratio of their times (see GrowthBench).
// `feed-server N SECONDS SOURCES_OUT`: N feeds on loopback for `marsad watch` (see FeedServerBench).
// Anything else: the BenchmarkDotNet benchmarks (all with `--filter '*'`, or pick by name).
return args switch
{
    ["make-corpus", var path, var megabytes] when int.TryParse(megabytes, out var size) && size > 0 => CorpusBuilder.Make(path, size, Console.Out),
    ["html-quality"] => HtmlQuality.Report(Console.Out),
    ["corpus", var folder, var count] => StoreBench.Corpus(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["store", var folder, var database] => StoreBench.Store(folder, database),
    ["stages", var folder, var database] => StoreBench.Stages(folder, database),
    ["search", var database] => StoreBench.Search(database),
    ["stage-times", var corpus] => StageTimes.Run(corpus, Console.Out),
    ["feed-server", var feeds, var seconds, var sourcesOut] => FeedServerBench.Run(int.Parse(feeds, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), sourcesOut),
    ["growth"] => GrowthBench.Run(10_000, Console.Out),
    ["growth", var units] when int.TryParse(units, out var n) && n > 0 => GrowthBench.Run(n, Console.Out),
    ["growth", var units, var kind] when int.TryParse(units, out var n) && n > 0 => GrowthBench.Run(n, Console.Out, kind),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
    return 0;
}
