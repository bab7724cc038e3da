using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is offered: run all with `--filter '*'`, or pick by name.
BenchmarkSwitcher.FromAssembly(typeof(Marsad.Bench.PipelineBenchmarks).Assembly).Run(args);
