using Marsad.Load;

// marsad-load: see LoadOptions.Usage. Exit 0 when the run had no server error and every ingested article was
// stored, 1 when it had or was not, 2 for a bad command line.
if (args is ["-h" or "--help"])
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("marsad-load: " + e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var report = await LoadRun.RunAsync(options, Console.Out);
report.Print(Console.Out);
return report.Passed ? 0 : 1;
