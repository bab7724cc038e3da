using System.Net;
using System.Text;

namespace Marsad.Bench;

/// <summary>
/// HTML news pages for the reader benchmarks, built from the real article texts of <see cref="BenchCorpus"/>
/// in the three layouts Arabic news sites use most: semantic HTML5 (article, nav, aside, footer), a
/// div-soup page whose parts are told apart only by class names, and an older table layout. Every page
/// carries the same boilerplate (menus, share bar, related headlines, newsletter box, cookie banner,
/// copyright), so a reader's output can be scored for the article text it kept and the boilerplate it
/// dropped.
/// </summary>
internal static class NewsPages
{
    /// <summary>Pieces of boilerplate every page carries; none of them is article text.</summary>
    public static readonly string[] Boilerplate =
    [
        "الرئيسية", "أخبار عربية", "اقتصاد وأعمال", "رياضة", "منوعات",
        "شارك على فيسبوك", "شارك على إكس", "انسخ الرابط",
        "اقرأ أيضا", "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية", "منتخب المغرب يتأهل إلى نصف النهائي",
        "اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
        "جميع الحقوق محفوظة لموقع الأخبار 2025",
    ];

    public sealed record Page(string Html, IReadOnlyList<string> Paragraphs);

    public static IReadOnlyList<Page> Build(IReadOnlyList<string> articles)
    {
        var pages = new List<Page>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var paragraphs = Paragraphs(articles[i]);
            var html = (i % 3) switch
            {
                0 => Semantic(paragraphs),
                1 => DivSoup(paragraphs),
                _ => Tables(paragraphs),
            };
            pages.Add(new Page(html, paragraphs));
        }

        return pages;
    }

    /// <summary>The article's own paragraphs, or its sentences grouped three at a time.</summary>
    private static List<string> Paragraphs(string article)
    {
        var lines = article.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > 1)
        {
            return [.. lines];
        }

        var sentences = article.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. sentences.Chunk(3).Select(group => string.Join(". ", group) + ".")];
    }

    private static string Paras(IEnumerable<string> paragraphs) =>
        string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));

    private static string Head() =>
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر | موقع الأخبار</title>" +
        "<script>window.dataLayer=[];function track(){}</script><style>.x{color:red}</style></head>";

    private static string Menu() =>
        "<ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/arab\">أخبار عربية</a></li>" +
        "<li><a href=\"/eco\">اقتصاد وأعمال</a></li><li><a href=\"/sport\">رياضة</a></li><li><a href=\"/misc\">منوعات</a></li></ul>";

    private static string Share() =>
        "<a href=\"#fb\">شارك على فيسبوك</a> <a href=\"#x\">شارك على إكس</a> <a href=\"#copy\">انسخ الرابط</a>";

    private static string Related() =>
        "<h3>اقرأ أيضا</h3><ul><li><a href=\"/a1\">ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية</a></li>" +
        "<li><a href=\"/a2\">منتخب المغرب يتأهل إلى نصف النهائي</a></li></ul>";

    private static string Semantic(List<string> paragraphs)
    {
        var sb = new StringBuilder(Head());
        sb.Append("<body><header><nav>").Append(Menu()).Append("</nav></header><main><article>");
        sb.Append("<h1>عنوان الخبر</h1><div class=\"share-bar\">").Append(Share()).Append("</div>");
        sb.Append(Paras(paragraphs));
        sb.Append("</article><aside class=\"related\">").Append(Related()).Append("</aside></main>");
        sb.Append("<section class=\"newsletter\"><p>اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا</p><form><input type=\"email\"></form></section>");
        sb.Append("<div class=\"cookie-banner\"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا</p></div>");
        sb.Append("<footer><p>جميع الحقوق محفوظة لموقع الأخبار 2025</p></footer></body></html>");
        return sb.ToString();
    }

    private static string DivSoup(List<string> paragraphs)
    {
        var sb = new StringBuilder(Head());
        sb.Append("<body><div id=\"top\" class=\"site-header\"><div class=\"menu\">").Append(Menu()).Append("</div></div>");
        sb.Append("<div class=\"container\"><div class=\"col-8 post-content\"><h1 class=\"post-title\">عنوان الخبر</h1>");
        sb.Append("<div class=\"social-share\">").Append(Share()).Append("</div><div class=\"entry-body\">");
        foreach (var paragraph in paragraphs)
        {
            sb.Append("<div class=\"para\">").Append(WebUtility.HtmlEncode(paragraph)).Append("</div>\n");
        }

        sb.Append("</div></div><div class=\"col-4 sidebar\">").Append(Related()).Append("</div></div>");
        sb.Append("<div class=\"newsletter-box\">اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا</div>");
        sb.Append("<div id=\"cookie-notice\">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا</div>");
        sb.Append("<div class=\"site-footer\">جميع الحقوق محفوظة لموقع الأخبار 2025</div></body></html>");
        return sb.ToString();
    }

    private static string Tables(List<string> paragraphs)
    {
        var sb = new StringBuilder(Head());
        sb.Append("<body><table width=\"100%\"><tr><td class=\"nav\">").Append(Menu()).Append("</td></tr>");
        sb.Append("<tr><td><table><tr><td class=\"story\" width=\"70%\"><h1>عنوان الخبر</h1>");
        sb.Append("<span class=\"share\">").Append(Share()).Append("</span>");
        sb.Append(Paras(paragraphs));
        sb.Append("</td><td class=\"side\" width=\"30%\">").Append(Related()).Append("</td></tr></table></td></tr>");
        sb.Append("<tr><td class=\"newsletter\">اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا</td></tr>");
        sb.Append("<tr><td class=\"cookies\">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا</td></tr>");
        sb.Append("<tr><td class=\"footer\">جميع الحقوق محفوظة لموقع الأخبار 2025</td></tr></table></body></html>");
        return sb.ToString();
    }
}
