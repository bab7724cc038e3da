using BenchmarkDotNet.Attributes;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>The text layer's stages one by one on the peer corpus, to see where its time goes.</summary>
[MemoryDiagnoser]
public class TextStageBenchmarks
{
    private IReadOnlyList<string> _articles = [];
    private NormalizedText[] _normalized = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles();
        _normalized = [.. _articles.Select(NormalizedText.Create)];
    }

    [Benchmark]
    public int Normalize()
    {
        var n = 0;
        foreach (var article in _articles)
        {
            n += NormalizedText.Create(article).Value.Length;
        }

        return n;
    }

    [Benchmark]
    public int Tokenize()
    {
        var n = 0;
        foreach (var text in _normalized)
        {
            n += Tokenizer.Tokenize(text).Length;
        }

        return n;
    }

    [Benchmark]
    public long Stem()
    {
        long n = 0;
        foreach (var text in _normalized)
        {
            var value = text.Value.AsSpan();
            var start = -1;
            for (var i = 0; i <= value.Length; i++)
            {
                var letter = i < value.Length && char.IsLetter(value[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    n += ArabicLightStemmer.Stem(value[start..i]).Length;
                    start = -1;
                }
            }
        }

        return n;
    }
}
