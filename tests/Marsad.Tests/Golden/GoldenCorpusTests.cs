using Marsad.Tests.Support;

namespace Marsad.Tests.Golden;

/// <summary>
/// The refactor of issue 18 keeps the output byte for byte: the real <c>marsad analyze</c> on a committed
/// corpus of our own text (the sample article, the event dev-set paragraphs and the Arabic sentences of
/// these tests, made by scripts/make-golden-corpus.py) writes exactly the JSON lines the pipeline wrote at
/// 600e7bb, committed beside it. A change that means to alter the output regenerates the expected file
/// with the changed pipeline and says so in its commit.
/// </summary>
public sealed class GoldenCorpusTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Golden", name);

    [Fact]
    public void Analyze_writes_the_committed_output_byte_for_byte()
    {
        var run = CliRun.Of("analyze", Fixture("corpus.jsonl"));

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var expected = File.ReadAllText(Fixture("corpus.analysis.jsonl")).Split('\n');
        // The source names the input as given; the expected file names it relative to its folder.
        var actual = run.Stdout.Replace($"\"source\":\"{Fixture("corpus.jsonl")}#", "\"source\":\"corpus.jsonl#", StringComparison.Ordinal).Split('\n');
        // The first differing line, named, rather than two 600 KB strings.
        var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0, first < 0 ? "" : $"line {first + 1} differs:\nexpected {expected[first]}\nactual   {actual[first]}");
        Assert.Equal(expected.Length, actual.Length);
    }
}
