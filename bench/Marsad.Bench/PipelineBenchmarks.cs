using BenchmarkDotNet.Attributes;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Bench;

/// <summary>
/// Whole-pipeline throughput on the sample article: reading (decode, boilerplate) and analysis
/// (normalisation, sentences), as `marsad analyze` runs them. Articles per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly MarsadPipeline _pipeline = MarsadPipeline.CreateDefault();
    private byte[] _bytes = [];
    private SourceDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt");
        _bytes = File.ReadAllBytes(path);
        _document = Read();
    }

    [Benchmark]
    public SourceDocument Read() =>
        ArticleReader.Default.Read("sample", _bytes, new ReaderOptions { Published = new DateOnly(2025, 11, 6) }).Single().Document!;

    [Benchmark]
    public Analysis Analyze() => _pipeline.Analyze(_document);

    [Benchmark]
    public long ReadAnalyzeAndWriteJson()
    {
        var analysis = _pipeline.Analyze(Read());
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, Marsad.Output.AnalysisJsonWriter.WriterOptions()))
        {
            Marsad.Output.AnalysisJsonWriter.Write(writer, analysis);
        }

        return buffer.Length;
    }
}
