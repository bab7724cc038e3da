using System.Net;
using System.Net.Http.Headers;

namespace Marsad.Storage.Monitoring;

/// <summary>What one GET gave: the body (200), nothing (304), or why not, with a <c>Retry-After</c> if sent.</summary>
public sealed record FetchResult(int? Status, byte[]? Body, string? ETag, string? LastModified, TimeSpan? RetryAfter, string? Error)
{
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;

    public bool Succeeded => Body is not null;
}

/// <summary>
/// The watcher's HTTP: conditional GETs (<c>If-None-Match</c>, <c>If-Modified-Since</c>), a timeout for the
/// whole exchange, at most <see cref="MaxRedirects"/> redirects, and a size cap read as the body streams in
/// (a server that lies about, or omits, <c>Content-Length</c> is stopped at the cap).
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    public const int MaxRedirects = 5;

    private readonly HttpClient _http;
    private readonly TimeProvider _clock;

    public HttpFetcher(TimeSpan timeout, long maxBytes, TimeProvider clock)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout,
        };
        // The timeout covers the body too (HttpClient's own stops at the headers), so it is a token of our own.
        _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        Timeout = timeout;
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("marsad-watch/1");
        MaxBytes = maxBytes;
        _clock = clock;
    }

    public long MaxBytes { get; }

    public TimeSpan Timeout { get; }

    public void Dispose() => _http.Dispose();

    public async Task<FetchResult> GetAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var newTag = response.Headers.ETag?.ToString();
            var modified = response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(status, null, newTag ?? etag, modified ?? lastModified, null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                var why = status is >= 300 and < 400 ? $"HTTP {status}: more than {MaxRedirects} redirects, or a redirect without a target" : $"HTTP {status} {response.ReasonPhrase}";
                return new FetchResult(status, null, null, null, RetryAfter(response), why);
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return new FetchResult(status, null, null, null, null, TooLarge());
            }

            var body = await ReadCapped(response, deadline.Token).ConfigureAwait(false);
            return body is null
                ? new FetchResult(status, null, null, null, null, TooLarge())
                : new FetchResult(status, body, newTag, modified, null, null);
        }
        catch (HttpRequestException e)
        {
            return new FetchResult(null, null, null, null, null, $"cannot fetch: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult(null, null, null, null, null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"timed out after {Timeout.TotalSeconds:0.#} s"));
        }
    }

    private async Task<byte[]?> ReadCapped(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private string TooLarge() => $"larger than the cap of {MaxBytes} bytes";
}
