using System.Collections.Concurrent;

namespace Marsad.Load;

/// <summary>One answered (or failed) request: what kind, its status (0 when no answer came), how long it took.</summary>
internal readonly record struct Sample(string Kind, int Status, double Milliseconds);

/// <summary>
/// What every client saw, collected without a shared lock on the hot path: each client keeps its own list and
/// hands it in when it stops. Transport failures (refused, reset, timed out) are kept with their message.
/// </summary>
internal sealed class Measurements
{
    private readonly ConcurrentBag<List<Sample>> _lists = [];
    private readonly ConcurrentQueue<string> _failures = new();

    public void Add(List<Sample> samples) => _lists.Add(samples);

    public void Failed(string kind, string message) => _failures.Enqueue($"{kind}: {message}");

    public IReadOnlyList<Sample> Samples => [.. _lists.SelectMany(static l => l)];

    public IReadOnlyList<string> Failures => [.. _failures];
}

/// <summary>Latency percentiles of a set of samples, in milliseconds.</summary>
internal sealed record Latency(int Count, double P50, double P95, double P99, double Max)
{
    public static Latency Of(IEnumerable<Sample> samples)
    {
        var sorted = samples.Select(static s => s.Milliseconds).Order().ToArray();
        return sorted.Length == 0
            ? new Latency(0, 0, 0, 0, 0)
            : new Latency(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile: the smallest value at least <paramref name="p"/> of the samples do not exceed.</summary>
    private static double At(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
