namespace Marsad.Web.Hosting;

/// <summary>How <c>marsad serve</c> runs: which store, where to listen, the write key and the limits.</summary>
public sealed record MarsadWebOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>1 MiB: a long news article in HTML is a few hundred KiB.</summary>
    public const long DefaultMaxBodyBytes = 1 << 20;

    /// <summary>
    /// 50 requests a second from one client address: a page is three requests (page, stylesheet, script)
    /// and a script that ingests one article at a time makes a few a second, so people and scripts stay far
    /// below it; a scraper or a loop gone wrong does not.
    /// </summary>
    public const int DefaultRateLimit = 50;

    /// <summary>20 s: a search over a large store takes well under a second; past this something is wrong (a locked store, a pathological query).</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The SQLite store file; created empty when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Where Kestrel listens; loopback by default. Port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The key that writing requires (<c>MARSAD_API_KEY</c>); null means writing is refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Requests one client address may make per <see cref="RateLimitWindow"/> (also the largest burst); more get 429.</summary>
    public int RateLimit { get; init; } = DefaultRateLimit;

    /// <summary>The window <see cref="RateLimit"/> counts over: a second, as <c>--rate-limit</c> says; tests make it long so a limit is reached without racing the clock.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take before it is answered 503 (the work it started is abandoned, not awaited).</summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    /// <summary>The clock for ingest times and PLOVER coded dates.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
