using Marsad.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>Which names a page shows: Arabic (the default) or English.</summary>
internal enum PageLanguage
{
    Arabic,
    English,
}

internal static class PageLanguages
{
    /// <summary>
    /// The language of the names on a page: <c>?lang=ar|en</c> when given, else English when the browser's
    /// most preferred language (Accept-Language) is English, else Arabic.
    /// </summary>
    public static PageLanguage Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asked = request.Query["lang"].ToString();
        if (asked.Length > 0)
        {
            return asked switch
            {
                "ar" => PageLanguage.Arabic,
                "en" => PageLanguage.English,
                _ => throw new BadParameterException("lang", $"'lang' is ar or en, not '{asked}'."),
            };
        }

        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(static l => l.Quality is not 0)
            .OrderByDescending(static l => l.Quality ?? 1)
            .FirstOrDefault();
        return preferred?.Value.Value is { } tag && (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? PageLanguage.English
            : PageLanguage.Arabic;
    }

    /// <summary>An entity's name in the page's language, falling back to the other and then to its id.</summary>
    public static string Name(this PageLanguage language, string? name, string? nameAr, string id) =>
        language == PageLanguage.English ? name ?? nameAr ?? id : nameAr ?? name ?? id;

    /// <summary>The query value that keeps the language in links, or null for the default.</summary>
    public static string? Query(this PageLanguage language) => language == PageLanguage.English ? "en" : null;
}
