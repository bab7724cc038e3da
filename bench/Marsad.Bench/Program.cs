using BenchmarkDotNet.Running;
using Marsad.Bench;

// `corpus DIR N`: write N generated articles to DIR; `store DIR DB`: ingest DIR into DB and time searches;
// `search DB`: time searches only; `stages DIR DB`: time reading, analysing and writing apart.
// Anything else: the BenchmarkDotNet benchmarks (all with `--filter '*'`, or pick by name).
return args switch
{
    ["corpus", var folder, var count] => StoreBench.Corpus(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["store", var folder, var database] => StoreBench.Store(folder, database),
    ["stages", var folder, var database] => StoreBench.Stages(folder, database),
    ["search", var database] => StoreBench.Search(database),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
    return 0;
}
