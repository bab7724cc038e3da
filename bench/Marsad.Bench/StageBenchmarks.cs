using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Marsad.Events;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Quantities;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>
/// Each stage of the pipeline on real Arabic news text (the peer corpus: the sample and ANERcorp's
/// sentences grouped into articles), given what the stages before it produced: where the time goes.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly DateOnly Published = new(2025, 11, 6);
    private IReadOnlyList<string> _articles = [];
    private TextAnalysis[] _analyses = [];
    private EntityRecognizer _recognizer = null!;
    private ImmutableArray<EntityRecord>[] _entities = [];
    private ImmutableArray<TimeExpression>[] _times = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles(maxChars: 200_000);
        _analyses = [.. _articles.Select(TextAnalysis.Create)];
        _recognizer = new EntityRecognizer(EntityGazetteer.Build(KnowledgeBase.Default));
        _entities = [.. _analyses.Select(a => _recognizer.Recognize(a, Published))];
        _times = [.. _analyses.Select(a => TimeRecognizer.Default.Recognize(a, Published))];
    }

    [Benchmark]
    public int TextLayer() => _articles.Sum(a => TextAnalysis.Create(a).Tokens.Length);

    [Benchmark]
    public int Entities() => _analyses.Sum(a => _recognizer.Recognize(a, Published).Length);

    [Benchmark]
    public int Times() => _analyses.Sum(a => TimeRecognizer.Default.Recognize(a, Published).Length);

    [Benchmark]
    public int Quantities() => _analyses.Sum(a => QuantityRecognizer.Default.Recognize(a).Length);

    [Benchmark]
    public int Events()
    {
        var n = 0;
        for (var i = 0; i < _analyses.Length; i++)
        {
            n += EventCoder.Default.Code(_analyses[i], _entities[i], _times[i], Published, "bench").Events.Length;
        }

        return n;
    }
}
