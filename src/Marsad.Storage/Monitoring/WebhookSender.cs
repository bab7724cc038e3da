using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// Delivers alert hits to their webhooks on a task of its own, so ingest never waits for a receiver. Each hit is a
/// JSON POST; a failure (no answer, timeout, a status other than 2xx) is retried after 1, 2, 4, 8 … times
/// <see cref="RetryBase"/>, <see cref="MaxAttempts"/> attempts in all, each attempt recorded on the hit. With a secret
/// (<c>MARSAD_WEBHOOK_SECRET</c>) the body is signed: <c>X-Marsad-Signature: sha256=HEX</c>, the HMAC-SHA256 of
/// the body's bytes under the secret's UTF-8 bytes. Hits not delivered when the process stops stay undelivered
/// in the store and are sent when a watcher starts again.
/// </summary>
public sealed class WebhookSender : IAsyncDisposable
{
    public const int MaxAttempts = 5;

    public const string SignatureHeader = "X-Marsad-Signature";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Channel<(Alert Alert, string DocumentId, string Body)> _queue = Channel.CreateUnbounded<(Alert, string, string)>();
    private readonly AlertBook _book;
    private readonly TimeProvider _clock;
    private readonly byte[]? _secret;
    private readonly HttpClient _http;
    private readonly Task _sending;

    public WebhookSender(AlertBook book, TimeProvider clock, string? secret, TimeSpan timeout)
    {
        _book = book;
        _clock = clock;
        _secret = string.IsNullOrEmpty(secret) ? null : Encoding.UTF8.GetBytes(secret);
        _http = new HttpClient { Timeout = timeout };
        _sending = Task.Run(Send);
    }

    /// <summary>The first retry's wait; each further one doubles it.</summary>
    public TimeSpan RetryBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Queues a new hit for its alert's webhook (a hit of an alert without one is only recorded).</summary>
    public void Enqueue(Alert alert, DocumentRecord document, DateTimeOffset hitAt)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(document);
        if (alert.Webhook is not null)
        {
            _queue.Writer.TryWrite((alert, document.Id, Payload(alert.Name, document.Id, document.Analysis.Title, document.Url, document.Analysis.Source, document.Analysis.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hitAt)));
        }
    }

    /// <summary>Queues the hits a stopped process left undelivered, with what the store has of their documents.</summary>
    public void EnqueueUndelivered(IStore store) =>
        EnqueueStored(store, [.. _book.Undelivered(MaxAttempts).Select(static h => (h.Alert, h.DocumentId, h.HitAt))]);

    /// <summary>Queues new hits of documents read back from the store (hits a killed watcher left pending).</summary>
    public void EnqueueStored(IStore store, IReadOnlyList<(string Alert, string DocumentId, DateTimeOffset HitAt)> hits)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hits);
        if (hits.Count == 0)
        {
            return;
        }

        var alerts = _book.List().ToDictionary(static a => a.Name, StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (alerts.TryGetValue(hit.Alert, out var alert) && alert.Webhook is not null && store.Document(hit.DocumentId) is { } document)
            {
                _queue.Writer.TryWrite((alert, hit.DocumentId, Payload(alert.Name, hit.DocumentId, document.Title, document.Url, document.Source, document.Published, hit.HitAt)));
            }
        }
    }

    /// <summary>Stops taking hits and waits for the queued ones to be delivered or to run out of attempts.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _sending.ConfigureAwait(false);
        _http.Dispose();
    }

    /// <summary>The JSON a webhook receives.</summary>
    public static string Payload(string alert, string documentId, string? title, string? url, string source, string? published, DateTimeOffset hitAt) =>
        JsonSerializer.Serialize(new
        {
            alert,
            hit_at = WatchTimes.Write(hitAt),
            document = new { id = documentId, title, url, source, published },
        }, Json);

    /// <summary>The signature header's value for <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Signature(byte[] secret, byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body));

    private async Task Send()
    {
        await foreach (var (alert, documentId, body) in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var error = await Post(alert.Webhook!, body).ConfigureAwait(false);
                _book.Attempted(alert.Name, documentId, error is null ? _clock.GetUtcNow() : null, error);
                if (error is null || attempt == MaxAttempts)
                {
                    break;
                }

                var wait = RetryBase * Math.Pow(2, attempt - 1);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _clock).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<string?> Post(string url, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = content };
        if (_secret is not null)
        {
            request.Headers.Add(SignatureHeader, Signature(_secret, bytes));
        }

        try
        {
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException e)
        {
            return $"cannot post: {e.Message}";
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
    }
}
