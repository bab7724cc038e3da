using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>What the server answers to one request.</summary>
internal sealed record Reply(int Status, string Body = "", string Type = "text/html; charset=utf-8")
{
    public string? ETag { get; init; }

    public string? RetryAfter { get; init; }

    public string? Location { get; init; }

    /// <summary>Answer nothing until the server is disposed or <see cref="FeedServer.Release"/> is called: a slow source.</summary>
    public bool Hang { get; init; }

    public static Reply Ok(string body, string type = "text/html; charset=utf-8", string? etag = null) => new(200, body, type) { ETag = etag };

    /// <summary>The body with its ETag, or 304 when the request already holds that ETag.</summary>
    public static Reply Conditional(HttpListenerRequest request, string body, string etag, string type) =>
        request.Headers["If-None-Match"] == etag ? new Reply(304) { ETag = etag } : Ok(body, type, etag);
}

/// <summary>
/// An HTTP server on 127.0.0.1 (never anything else) whose answers a test computes per request, so feeds can
/// change between poll rounds; it logs every request and the most requests it ever had in flight at once.
/// </summary>
internal sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, Reply> _answer;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;
    private int _inFlight;
    private int _maxInFlight;

    public FeedServer(Func<HttpListenerRequest, Reply> answer)
    {
        _answer = answer;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public int Port { get; }

    /// <summary>Every request: its path, the <c>If-None-Match</c> it carried, its method, body and webhook signature.</summary>
    public ConcurrentQueue<Request> Requests { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public int Count(string path) => Requests.Count(r => r.Path == path);

    /// <summary>Lets every hanging request go on (answered 500).</summary>
    public void Release() => _released.TrySetResult();

    public void Dispose()
    {
        Release();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait();
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        var counted = true;
        try
        {
            using (var body = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                Requests.Enqueue(new Request(
                    context.Request.Url!.AbsolutePath, context.Request.Headers["If-None-Match"], context.Request.HttpMethod, await body.ReadToEndAsync(), context.Request.Headers["X-Marsad-Signature"]));
            }

            var reply = _answer(context.Request);
            if (reply.Hang)
            {
                await _released.Task;
                reply = new Reply(500);
            }

            // Out of flight before the answer goes: the client cannot start its next request any sooner.
            Interlocked.Decrement(ref _inFlight);
            counted = false;
            using var response = context.Response;
            response.StatusCode = reply.Status;
            if (reply.ETag is not null)
            {
                response.Headers["ETag"] = reply.ETag;
            }

            if (reply.RetryAfter is not null)
            {
                response.Headers["Retry-After"] = reply.RetryAfter;
            }

            if (reply.Location is not null)
            {
                response.RedirectLocation = reply.Location;
            }

            if (reply.Status != 304)
            {
                response.ContentType = reply.Type;
                var bytes = Encoding.UTF8.GetBytes(reply.Body);
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout) or the server is stopping.
        }
        finally
        {
            if (counted)
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}

/// <summary>One request the server received.</summary>
internal sealed record Request(string Path, string? IfNoneMatch, string Method, string Body, string? Signature);

/// <summary>A clock the test moves by hand: schedules and backoff are checked without sleeping.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Feeds and article pages in Arabic, written for these tests.</summary>
internal static class Feeds
{
    public static readonly string[] Articles =
    [
        "أعلنت وزارة الصحة في الأردن يوم الاثنين افتتاح مستشفى جديد في مدينة إربد.",
        "وقعت مصر والسودان اتفاقا لتنظيم التجارة عبر الحدود في الخرطوم.",
        "استقبل رئيس الوزراء اللبناني وفدا من البنك الدولي في بيروت لبحث خطة الإصلاح.",
        "افتتحت المغرب معرضا دوليا للكتاب في الرباط بمشاركة مئتي دار نشر.",
        "أجرت الحكومة التونسية محادثات مع نقابات العمال حول زيادة الأجور.",
        "أطلقت الإمارات قمرا صناعيا جديدا لرصد الطقس من قاعدة في اليابان.",
        "عقد وزراء الزراعة العرب اجتماعا في عمان لمناقشة الأمن الغذائي.",
        "زار وفد من البرلمان العراقي الكويت لبحث ملف الحدود البحرية.",
        "أعلنت شركة الطيران القطرية عن خط جديد يربط الدوحة بمدينة نيروبي.",
        "نظمت جامعة القاهرة مؤتمرا عن الذكاء الاصطناعي واللغة العربية.",
        "افتتح وزير النقل السعودي محطة قطار جديدة في المدينة المنورة.",
        "أقر البرلمان الجزائري قانونا جديدا لتشجيع الاستثمار في الطاقة الشمسية.",
    ];

    public static string Page(int n) =>
        $"<html><head><title>خبر {n}</title><meta property=\"article:published_time\" content=\"2026-12-0{1 + (n % 5)}\"></head><body><article><p>{Articles[n]}</p></article></body></html>";

    /// <summary>An RSS feed whose items carry only a one-line summary and link to their pages.</summary>
    public static string Summaries(Func<int, string> link, params int[] items)
    {
        var entries = string.Concat(items.Select(n =>
            $"<item><title>خبر {n}</title><link>{link(n)}</link><guid>{link(n)}</guid><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>ملخص الخبر</description></item>"));
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>{entries}</channel></rss>";
    }

    /// <summary>An Atom feed whose entries carry the whole article.</summary>
    public static string Full(params int[] items)
    {
        var entries = string.Concat(items.Select(n =>
            $"<entry><id>urn:marsad-test:{n}</id><title>خبر {n}</title><published>2026-12-01T08:00:00Z</published><content type=\"html\">&lt;p&gt;{Articles[n]}&lt;/p&gt;</content></entry>"));
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>أخبار</title>{entries}</feed>";
    }
}
