using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Storage.Tests.Support;

/// <summary>The outcome of one run of the real <c>marsad</c> command, in-process or as a child process.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => WithInput([], args);

    public static CliRun WithInput(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = MarsadApp.Run(args, input, output, error);
        return new CliRun(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Starts <c>marsad</c> as a child process (the built Marsad.Cli.dll beside the tests).</summary>
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <c>marsad</c> as a child process to the end.</summary>
    public static CliRun Child(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, workingDirectory, environment);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>The JSON objects written, one per output line.</summary>
    public IReadOnlyList<JsonElement> Lines =>
        [.. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line => JsonDocument.Parse(line).RootElement.Clone())];

    public JsonElement Json => Assert.Single(Lines);

    /// <summary>No .NET stack trace ever reaches the user.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", Stderr, StringComparison.Ordinal);
    }

    public CliRun AssertExit(int expected)
    {
        Assert.True(ExitCode == expected, $"exit {ExitCode}, expected {expected}\nstdout: {Stdout}\nstderr: {Stderr}");
        AssertNoStackTrace();
        return this;
    }
}
