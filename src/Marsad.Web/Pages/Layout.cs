using System.Text;

namespace Marsad.Web.Pages;

/// <summary>The frame of every page: right-to-left Arabic with English labels, the stylesheet and the one script, no inline script or style.</summary>
internal static class Layout
{
    public static IResult Page(string title, Html body, int status = 200) =>
        Results.Content(Render(title, body), "text/html; charset=utf-8", Encoding.UTF8, status);

    public static string Render(string title, Html body)
    {
        var page = new Html();
        page.Markup("<!doctype html>").Open("html", ("lang", "ar"), ("dir", "rtl")).Open("head")
            .Markup("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", title + " · مرصد Marsad")
            .Markup("<link rel=\"stylesheet\" href=\"/static/marsad.css\"><script src=\"/static/marsad.js\" defer></script>")
            .Close("head").Open("body")
            .Open("header", ("class", "site")).Open("nav")
            .Open("a", ("href", "/"), ("class", "brand")).Text("مرصد").Element("span", "Marsad", ("class", "en")).Close("a")
            .Open("a", ("href", "/")).Text("بحث ").Element("span", "Search", ("class", "en")).Close("a")
            .Open("a", ("href", "/events")).Text("الأحداث ").Element("span", "Events", ("class", "en")).Close("a")
            .Open("a", ("href", "/map")).Text("الخريطة ").Element("span", "Map", ("class", "en")).Close("a")
            .Open("a", ("href", "/dyad")).Text("العلاقات ").Element("span", "Dyads", ("class", "en")).Close("a")
            .Open("a", ("href", "/sources")).Text("المصادر ").Element("span", "Sources", ("class", "en")).Close("a")
            .Open("a", ("href", "/alerts")).Text("التنبيهات ").Element("span", "Alerts", ("class", "en")).Close("a")
            .Open("a", ("href", "/analyze")).Text("تحليل نص ").Element("span", "Analyse", ("class", "en")).Close("a")
            .Open("a", ("href", "/openapi/v1.json"), ("dir", "ltr")).Text("API").Close("a")
            .Close("nav").Close("header")
            .Open("main").Markup(body.ToString()).Close("main")
            .Close("body").Close("html");
        return page.ToString();
    }

    /// <summary>A heading in Arabic with its English label beside it.</summary>
    public static Html Heading(this Html h, string tag, string arabic, string english) =>
        h.Open(tag).Text(arabic + " ").Element("span", english, ("class", "en")).Close(tag);
}

/// <summary>The HTML page of an error.</summary>
internal static class ErrorPage
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        var body = new Html().Open("section", ("class", "error")).Heading("h1", "خطأ", title).Element("p", detail).Close("section");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Layout.Render(title, body));
    }
}
