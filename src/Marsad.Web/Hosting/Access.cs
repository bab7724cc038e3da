using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Marsad.Web.Hosting;

/// <summary>
/// Who may do what. Every request that is not a GET or HEAD is a write and needs the API key, as
/// <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c> (a page's form may carry it as the field
/// <c>api_key</c>), compared in constant time; a server started without a key refuses every write. Reading is
/// open to loopback clients that name the server by a loopback host; anyone else needs the key to read as well.
/// </summary>
internal sealed class Access(string? apiKey)
{
    /// <summary>The form field a page's form carries the key in (a browser cannot add a header to a plain form).</summary>
    public const string FormField = "api_key";

    private readonly byte[]? _key = string.IsNullOrEmpty(apiKey) ? null : Encoding.UTF8.GetBytes(apiKey);

    public bool WritingEnabled => _key is not null;

    /// <summary>GET and HEAD read; every other method writes (or costs like a write: analysing), whatever the route.</summary>
    public static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    public bool HasKey(HttpRequest request) => IsKey(KeyHeader(request));

    public bool IsKey(string? given) =>
        _key is not null && !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _key);

    /// <summary>The key sent as a header, or null.</summary>
    public static string? KeyHeader(HttpRequest request)
    {
        var given = request.Headers["X-Api-Key"].ToString();
        if (given.Length > 0)
        {
            return given;
        }

        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? authorization[bearer.Length..].Trim() : null;
    }

    /// <summary>
    /// Loopback clients read without the key only when they call the server by a loopback name: a web page on
    /// another site that rebinds its own DNS name to 127.0.0.1 reaches us from loopback, but with its own name in Host.
    /// </summary>
    public bool MayRead(HttpContext context) => (IsLoopback(context) && IsLoopbackHost(context.Request.Host)) || HasKey(context.Request);

    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);

    public static bool IsLoopbackHost(HostString host) =>
        host.Host.Trim('[', ']') is var name
        && (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address)));

    /// <summary>
    /// Why a write is refused as cross-site, or null when it is not. A browser says where a request comes from in
    /// <c>Sec-Fetch-Site</c>, a header no page can set: a write from another site's page (a forged form, even one
    /// that somehow carried the key) is refused before anything reads it. Browsers too old to send it are judged by
    /// <c>Origin</c>; our pages' own forms send <c>Origin: null</c> under <c>Referrer-Policy: no-referrer</c> in
    /// Chromium, which is why <c>Sec-Fetch-Site</c> decides when present. Clients that are not browsers (curl,
    /// scripts) send neither.
    /// </summary>
    public static string? CrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || site.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"a write from another site's page is refused (Sec-Fetch-Site: {site}).";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && SameAuthority(uri, request)
            ? null
            : $"a write from another origin ({origin}) is refused; this server is {request.Scheme}://{request.Host}.";
    }

    private static bool SameAuthority(Uri origin, HttpRequest request)
    {
        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return origin.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
            && origin.Port == port
            && origin.Host.Trim('[', ']').Equals(request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why a write was refused, for the 401 problem's detail.</summary>
    public string WriteRefusal(bool keyGiven) => !WritingEnabled
        ? "writing is disabled: this server was started without an API key (set MARSAD_API_KEY)."
        : keyGiven
            ? "the API key is wrong."
            : "writing needs the API key, as an X-Api-Key header or a bearer token (a page's form: its API key field).";
}
