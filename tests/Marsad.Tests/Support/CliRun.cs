using System.Text;
using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Tests.Support;

/// <summary>The outcome of one run of the real <c>marsad</c> command, in-process.</summary>
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

    /// <summary>The JSON objects written, one per output line.</summary>
    public IReadOnlyList<JsonElement> Documents =>
        [.. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>No .NET stack trace ever reaches the user.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", Stderr, StringComparison.Ordinal);
    }
}
