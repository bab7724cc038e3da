using System.Text.Json;

namespace Marsad.Web.Api;

/// <summary>RFC 7807 problem details, written by hand so every error path (handlers and the error middleware) writes the same shape.</summary>
internal static class Problems
{
    public static IResult Result(int status, string title, string detail, string? parameter = null) =>
        Results.Json(Body(status, title, detail, parameter, null), EventFormats.Json, "application/problem+json", status);

    public static Task WriteAsync(HttpContext context, int status, string title, string detail, string? parameter = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(Body(status, title, detail, parameter, context.Request.Path), EventFormats.Json));
    }

    private static Dictionary<string, object?> Body(int status, string title, string detail, string? parameter, string? instance)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (instance is not null)
        {
            body["instance"] = instance;
        }

        if (parameter is not null)
        {
            body["parameter"] = parameter;
        }

        return body;
    }

    public static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Request body too large",
        414 => "URI too long",
        415 => "Unsupported media type",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => status >= 500 ? "Internal error" : "Request refused",
    };
}
