using BenchmarkDotNet.Running;

// `html-quality` prints the reader quality report; anything else goes to BenchmarkDotNet, which offers
// every benchmark class in this assembly: run all with `--filter '*'`, or pick by name.
if (args is ["html-quality"])
{
    Marsad.Bench.HtmlQuality.Report(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Marsad.Bench.PipelineBenchmarks).Assembly).Run(args);
