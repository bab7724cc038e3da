using System.Globalization;

namespace Marsad.Load;

/// <summary>The outcome of a run: throughput, errors by status, latencies, and whether every ingested article was stored.</summary>
internal sealed record LoadReport
{
    public required LoadOptions Options { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required IReadOnlyList<Sample> Samples { get; init; }

    /// <summary>Requests that got no answer: connection refused or reset, client timeout.</summary>
    public required IReadOnlyList<string> TransportFailures { get; init; }

    public required long DocumentsBefore { get; init; }

    public required long DocumentsAfter { get; init; }

    /// <summary>Articles the server answered 201 for (seeded and timed).</summary>
    public required int Added { get; init; }

    /// <summary>Articles the server answered 200 "already stored" for.</summary>
    public required int Duplicates { get; init; }

    /// <summary>Every article id the server answered 201 or 200 for: what must be stored.</summary>
    public required IReadOnlyList<string> Ingested { get; init; }

    /// <summary>Ingested ids (added or duplicate) that GET /api/documents/{id} did not return afterwards.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    public IEnumerable<Sample> Reads => Samples.Where(static s => s.Kind != LoadRun.IngestKind);

    public IEnumerable<Sample> Ingests => Samples.Where(static s => s.Kind == LoadRun.IngestKind);

    public IReadOnlyDictionary<int, int> Statuses =>
        Samples.GroupBy(static s => s.Status).OrderBy(static g => g.Key).ToDictionary(static g => g.Key, static g => g.Count());

    /// <summary>Answers of 500 and above, and requests that got no answer at all.</summary>
    public int ServerErrors => Samples.Count(static s => s.Status >= 500) + TransportFailures.Count;

    /// <summary>Every answer that was not a success (2xx), and every request that got none.</summary>
    public int Errors => Samples.Count(static s => s.Status is < 200 or >= 300) + TransportFailures.Count;

    /// <summary>The store grew by exactly the articles added, and each ingested article reads back.</summary>
    public bool StoreConsistent => DocumentsAfter == DocumentsBefore + Added && Missing.Count == 0;

    public bool Passed => ServerErrors == 0 && StoreConsistent;

    public void Print(TextWriter output)
    {
        var seconds = Elapsed.TotalSeconds;
        var reads = Reads.ToList();
        var ingests = Ingests.ToList();
        output.WriteLine(F($"marsad-load: {Options.Clients} reading clients and 1 ingesting against {Options.Url} for {seconds:F1} s"));
        output.WriteLine(F($"reads      {reads.Count} requests, {reads.Count / seconds:F1}/s, errors {reads.Count(static s => s.Status is < 200 or >= 300)}"));
        output.WriteLine("           " + Describe(Latency.Of(reads)));
        output.WriteLine(F($"ingest     {ingests.Count} articles, {ingests.Count / seconds:F2}/s, errors {ingests.Count(static s => s.Status is < 200 or >= 300)}"));
        output.WriteLine("           " + Describe(Latency.Of(ingests)));
        output.WriteLine(F($"all        {Samples.Count} requests, {Samples.Count / seconds:F1}/s"));
        output.WriteLine("by kind");
        foreach (var kind in reads.GroupBy(static s => s.Kind).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(F($"  {kind.Key,-14} {kind.Count(),7}  {Describe(Latency.Of(kind))}"));
        }

        output.WriteLine("statuses   " + string.Join("  ", Statuses.Select(static s => F($"{s.Key}: {s.Value}"))));
        output.WriteLine(F($"transport  {TransportFailures.Count} requests got no answer") + string.Concat(TransportFailures.Take(5).Select(static f => "\n  " + f)));
        output.WriteLine(F($"store      documents {DocumentsBefore} -> {DocumentsAfter}: {Added} added, {Duplicates} already stored; ") +
            (Missing.Count == 0 ? "every ingested article reads back" : F($"{Missing.Count} ingested articles do not read back")));
        output.WriteLine(Passed
            ? "result     ok: no server error, every ingested article stored"
            : F($"result     FAILED: {ServerErrors} server errors, store {(StoreConsistent ? "consistent" : "inconsistent")}"));
    }

    private static string Describe(Latency l) => F($"p50 {l.P50:F1} ms, p95 {l.P95:F1} ms, p99 {l.P99:F1} ms, max {l.Max:F1} ms");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
