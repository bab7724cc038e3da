using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Marsad.Web.Hosting;

/// <summary>
/// Who may do what. Writing needs the API key, as <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c>,
/// compared in constant time; a server started without a key refuses every write. Reading is open to
/// loopback clients; a client from another address needs the key to read as well.
/// </summary>
internal sealed class Access(string? apiKey)
{
    private readonly byte[]? _key = string.IsNullOrEmpty(apiKey) ? null : Encoding.UTF8.GetBytes(apiKey);

    public bool WritingEnabled => _key is not null;

    public bool HasKey(HttpRequest request)
    {
        if (_key is null)
        {
            return false;
        }

        var given = request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0)
        {
            var authorization = request.Headers.Authorization.ToString();
            const string bearer = "Bearer ";
            if (authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
            {
                given = authorization[bearer.Length..].Trim();
            }
        }

        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _key);
    }

    public bool MayRead(HttpContext context) => IsLoopback(context) || HasKey(context.Request);

    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);

    /// <summary>Why a write was refused, for the 401 problem's detail.</summary>
    public string WriteRefusal(HttpRequest request) => !WritingEnabled
        ? "writing is disabled: this server was started without an API key (set MARSAD_API_KEY)."
        : request.Headers.ContainsKey("X-Api-Key") || request.Headers.ContainsKey("Authorization")
            ? "the API key is wrong."
            : "writing needs the API key, as an X-Api-Key header or a bearer token.";
}
