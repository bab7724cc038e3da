using System.Text;
using Marsad.Model;

namespace Marsad.Tests.Reading;

public sealed class HtmlReadingTests
{
    private const string Paragraph = "<p>ومن غير الواضح ما هو التأثير الذي سيحدثه قرار كازاخستان بالانضمام إلى الاتفاقيات.</p>";

    private static SourceDocument ReadHtml(string page, DateOnly? published = null) =>
        ReadingFixtures.ReadOne("page.html", Encoding.UTF8.GetBytes(page), published);

    [Fact]
    public void Title_comes_from_og_title_first()
    {
        var document = ReadHtml($"<html><head><title>عنوان الصفحة | الموقع</title><meta property=\"og:title\" content=\"كازاخستان تنضم إلى اتفاقات أبراهام\"></head><body><article><h1>عنوان آخر</h1>{Paragraph}</article></body></html>");

        Assert.Equal("كازاخستان تنضم إلى اتفاقات أبراهام", document.Title);
    }

    [Fact]
    public void Title_comes_from_the_article_h1_without_og_title()
    {
        var document = ReadHtml($"<html><head><title>عنوان الصفحة | الموقع</title></head><body><h1>شعار الموقع</h1><article><h1>توكاييف   في البيت الأبيض</h1>{Paragraph}</article></body></html>");

        Assert.Equal("توكاييف في البيت الأبيض", document.Title);
    }

    [Fact]
    public void Title_comes_from_the_title_element_last()
    {
        var document = ReadHtml($"<html><head><title>عنوان الصفحة | الموقع</title></head><body>{Paragraph}</body></html>");

        Assert.Equal("عنوان الصفحة | الموقع", document.Title);
    }

    [Fact]
    public void Url_comes_from_the_canonical_link_then_og_url()
    {
        var canonical = ReadHtml($"<html><head><link rel=\"canonical\" href=\"https://example.net/ar/a\"><meta property=\"og:url\" content=\"https://example.net/ar/b\"></head><body>{Paragraph}</body></html>");
        var openGraph = ReadHtml($"<html><head><meta property=\"og:url\" content=\"https://example.net/ar/b\"></head><body>{Paragraph}</body></html>");

        Assert.Equal("https://example.net/ar/a", canonical.Url);
        Assert.Equal("https://example.net/ar/b", openGraph.Url);
    }

    [Fact]
    public void Published_time_with_an_offset_gives_the_date_in_that_offset()
    {
        var document = ReadHtml($"<html><head><meta property=\"article:published_time\" content=\"2025-11-06T01:30:00+03:00\"></head><body>{Paragraph}</body></html>");

        Assert.Equal(new DateOnly(2025, 11, 6), document.Published);
    }

    [Fact]
    public void Published_date_comes_from_a_time_element()
    {
        var document = ReadHtml($"<html><body><article><p class=\"date\"><time datetime=\"2025-11-05\">5 نوفمبر</time></p>{Paragraph}</article></body></html>");

        Assert.Equal(new DateOnly(2025, 11, 5), document.Published);
    }

    [Fact]
    public void Published_date_comes_from_JSON_LD_inside_a_graph()
    {
        const string JsonLd = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-11-06T23:45:00-05:00\"}]}";
        var document = ReadHtml($"<html><head><script type=\"application/ld+json\">{JsonLd}</script></head><body>{Paragraph}</body></html>");

        Assert.Equal(new DateOnly(2025, 11, 6), document.Published);
    }

    [Fact]
    public void Broken_JSON_LD_is_skipped()
    {
        var document = ReadHtml($"<html><head><script type=\"application/ld+json\">{{ \"datePublished\": </script></head><body>{Paragraph}</body></html>", new DateOnly(2025, 1, 2));

        Assert.Equal(new DateOnly(2025, 1, 2), document.Published);
    }

    [Fact]
    public void Input_date_wins_over_the_option_and_the_option_fills_in()
    {
        var dated = ReadHtml($"<html><head><meta property=\"article:published_time\" content=\"2025-11-06\"></head><body>{Paragraph}</body></html>", new DateOnly(2024, 1, 1));
        var undated = ReadHtml($"<html><body>{Paragraph}</body></html>", new DateOnly(2024, 1, 1));
        var plainText = ReadingFixtures.ReadOne("a.txt", Encoding.UTF8.GetBytes("وتعتبر العلاقات بين البلدين مستقرة."), new DateOnly(2024, 1, 1));

        Assert.Equal(new DateOnly(2025, 11, 6), dated.Published);
        Assert.Equal(new DateOnly(2024, 1, 1), undated.Published);
        Assert.Equal(new DateOnly(2024, 1, 1), plainText.Published);
    }

    [Fact]
    public void Line_breaks_lists_and_headings_become_lines_and_paragraphs()
    {
        var document = ReadHtml(
            "<html><body><article><h2>خلفية</h2><p>السطر الأول<br>السطر   الثاني<br><br>فقرة بعد سطرين</p>"
            + "<ul><li>المغرب</li><li>البحرين</li></ul><blockquote>قال ترامب إن الاتفاق تاريخي</blockquote>"
            + "<div>نص <b>مباشر</b> في عنصر div</div></article></body></html>");

        Assert.Equal("خلفية\n\nالسطر الأول\nالسطر الثاني\n\nفقرة بعد سطرين\n\nالمغرب\n\nالبحرين\n\nقال ترامب إن الاتفاق تاريخي\n\nنص مباشر في عنصر div", document.Text);
    }

    [Fact]
    public void Elements_are_removed_by_class_id_and_role_and_reported_with_their_reason()
    {
        var document = ReadHtml(
            "<html><body><div id=\"breadcrumbs\">الرئيسية › أخبار</div><article>" + Paragraph
            + "<div class=\"related-posts\"><a href=\"/a\">المغرب بعد خمس سنوات من التطبيع</a></div>"
            + "<div class=\"ad-slot\">مساحة للبيع</div><section id=\"comments\"><p>تعليق من قارئ</p></section>"
            + "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>توكاييف في أستانا</figcaption></figure>"
            + "<div role=\"navigation\">السابق التالي</div><aside>الأكثر قراءة</aside></article></body></html>");

        Assert.Equal("ومن غير الواضح ما هو التأثير الذي سيحدثه قرار كازاخستان بالانضمام إلى الاتفاقيات.", document.Text);
        Assert.Equal<RemovedPiece>(
            [
                new RemovedPiece("الرئيسية › أخبار", "navigation"),
                new RemovedPiece("المغرب بعد خمس سنوات من التطبيع", "read-also"),
                new RemovedPiece("مساحة للبيع", "advertisement"),
                new RemovedPiece("تعليق من قارئ", "comments"),
                new RemovedPiece("توكاييف في أستانا", "caption"),
                new RemovedPiece("السابق التالي", "navigation"),
                new RemovedPiece("الأكثر قراءة", "aside"),
            ],
            document.Removed);
    }

    [Fact]
    public void Visible_text_outside_the_article_is_reported_and_scripts_are_not()
    {
        var document = ReadHtml(
            "<html><body><div class=\"top\">آخر الأخبار العاجلة</div><script>var x = 'لا يظهر';</script><style>p{}</style>"
            + $"<article>{Paragraph}</article><div>روابط مفيدة</div></body></html>");

        Assert.Equal<RemovedPiece>(
            [new RemovedPiece("آخر الأخبار العاجلة", "outside-article"), new RemovedPiece("روابط مفيدة", "outside-article")],
            document.Removed);
    }

    [Fact]
    public void Without_article_element_the_block_with_most_paragraph_text_is_the_article()
    {
        var document = ReadHtml(
            "<html><body class=\"single comments-open\"><div class=\"sidebar-box\"><p>قصير</p></div>"
            + $"<div class=\"content\">{Paragraph}<p>وترتبط كازاخستان بالفعل بعلاقات اقتصادية عامة مع إسرائيل.</p></div></body></html>");

        Assert.Equal("ومن غير الواضح ما هو التأثير الذي سيحدثه قرار كازاخستان بالانضمام إلى الاتفاقيات.\n\nوترتبط كازاخستان بالفعل بعلاقات اقتصادية عامة مع إسرائيل.", document.Text);
        Assert.Equal(new RemovedPiece("قصير", "aside"), Assert.Single(document.Removed));
    }

    [Fact]
    public void Sidebars_widgets_and_site_headers_and_footers_are_known_by_their_class_inside_the_article_block()
    {
        var document = ReadHtml(
            "<html><body><div class=\"container\"><div class=\"site-header\"><a href=\"/\">الرئيسية</a></div>"
            + $"<div class=\"post-content\">{Paragraph}</div>"
            + "<div class=\"col-4 side\"><p>منتخب المغرب يتأهل إلى نصف النهائي</p></div>"
            + "<div class=\"widget-most-read\"><p>ارتفاع أسعار النفط</p></div>"
            + "<div class=\"main-nav\"><a href=\"/sport\">رياضة</a></div>"
            + "<div class=\"site-footer\">جميع الحقوق محفوظة</div></div></body></html>");

        Assert.Equal("ومن غير الواضح ما هو التأثير الذي سيحدثه قرار كازاخستان بالانضمام إلى الاتفاقيات.", document.Text);
        Assert.Equal(["header", "aside", "aside", "navigation", "footer"], document.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void Text_boilerplate_rules_also_apply_inside_the_HTML_article()
    {
        var document = ReadHtml($"<html><body><article>{Paragraph}<p><strong>اقرأ أيضاً:</strong> <a href=\"/x\">ترامب يستقبل توكاييف</a></p></article></body></html>");

        Assert.Equal(new RemovedPiece("اقرأ أيضاً: ترامب يستقبل توكاييف", "read-also"), Assert.Single(document.Removed));
    }
}
