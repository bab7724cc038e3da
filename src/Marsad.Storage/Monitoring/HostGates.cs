namespace Marsad.Storage.Monitoring;

/// <summary>
/// Politeness: one request at a time to each host (host and port), and at least <see cref="Gap"/> between
/// the end of one request to a host and the start of the next. Feeds and the article pages they link to
/// share the gates, whichever source asked.
/// </summary>
internal sealed class HostGates(TimeSpan gap, TimeProvider clock)
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Gap { get; } = gap;

    public async Task<T> Run<T>(string url, Func<Task<T>> request, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            var host = new Uri(url).Authority;
            if (!_gates.TryGetValue(host, out gate!))
            {
                gate = new Gate();
                _gates[host] = gate;
            }
        }

        await gate.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (gate.LastEnded is { } last && Gap > TimeSpan.Zero)
            {
                var wait = last + Gap - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }
            }

            return await request().ConfigureAwait(false);
        }
        finally
        {
            gate.LastEnded = clock.GetUtcNow();
            gate.Turn.Release();
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset? LastEnded { get; set; }
    }
}
