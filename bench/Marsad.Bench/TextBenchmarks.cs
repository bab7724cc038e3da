using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>The Text stage on the sample article: normalising, sentence splitting and tokenising.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = string.Empty;
    private NormalizedText _normalized = NormalizedText.Create(string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        // The sample is copied beside the benchmark assembly (see Marsad.Bench.csproj).
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt");
        _text = File.ReadAllText(path);
        _normalized = NormalizedText.Create(_text);
    }

    [Benchmark]
    public NormalizedText Normalize() => NormalizedText.Create(_text);

    [Benchmark]
    public ImmutableArray<TextSpan> SplitSentences() => SentenceSplitter.Split(_text);

    [Benchmark]
    public ImmutableArray<Token> Tokenize() => Tokenizer.Tokenize(_normalized);
}
