using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>
/// The text layer beside its peer, on the same Arabic news text in the same run: Marsad's normaliser,
/// tokenizer and light stemmer against Lucene.NET's <c>ArabicAnalyzer</c> (standard tokenizer, lower-case,
/// stop words, Arabic normalisation, light stemming). Each returns the total length of the terms it
/// produced so that neither can be optimised away. The ratio of the two means is the figure that counts.
/// </summary>
[MemoryDiagnoser]
public class PeerTextBenchmarks
{
    private IReadOnlyList<string> _articles = [];
    private ArabicAnalyzer _lucene = null!;

    /// <summary>Characters in the corpus, to turn a mean time into MB/s.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles();
        Characters = _articles.Sum(a => (long)a.Length);
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        Console.WriteLine($"// corpus: {_articles.Count} articles, {Characters:N0} characters");
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true)]
    public long LuceneArabicAnalyzer()
    {
        long length = 0;
        foreach (var article in _articles)
        {
            using var stream = _lucene.GetTokenStream("text", article);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                length += term.Length;
            }

            stream.End();
        }

        return length;
    }

    [Benchmark]
    public long MarsadTextLayer()
    {
        long length = 0;
        foreach (var article in _articles)
        {
            var normalized = NormalizedText.Create(article);
            var value = normalized.Value.AsSpan();
            foreach (var token in Tokenizer.Tokenize(normalized))
            {
                if (token.Kind == TokenKind.Word)
                {
                    length += ArabicLightStemmer.Stem(value[token.NormStart..token.NormEnd]).Length;
                }
            }
        }

        return length;
    }
}
