using BenchmarkDotNet.Running;

// `make-corpus OUT.jsonl MEGABYTES` writes a throughput corpus (see CorpusBuilder); `html-quality` prints the reader quality report; anything else goes to BenchmarkDotNet, which offers
// every benchmark class in this assembly: run all with `--filter '*'`, or pick by name.
if (args is ["html-quality"])
{
    Marsad.Bench.HtmlQuality.Report(Console.Out);
    return 0;
}

if (args is ["make-corpus", var path, var megabytes] && int.TryParse(megabytes, out var size) && size > 0)
{
    return Marsad.Bench.CorpusBuilder.Make(path, size, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Marsad.Bench.PipelineBenchmarks).Assembly).Run(args);
return 0;
