namespace Marsad.Web.Hosting;

/// <summary>How <c>marsad serve</c> runs: which store, where to listen, the write key and the limits.</summary>
public sealed record MarsadWebOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>1 MiB: a long news article in HTML is a few hundred KiB.</summary>
    public const long DefaultMaxBodyBytes = 1 << 20;

    /// <summary>The SQLite store file; created empty when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Where Kestrel listens; loopback by default. Port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The key that writing requires (<c>MARSAD_API_KEY</c>); null means writing is refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>The clock for ingest times and PLOVER coded dates.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
