using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Reading;

namespace Marsad.Tests.Reading;

/// <summary>
/// The nesting cap in front of the HTML tree builder (whose cost grows with the square of the depth):
/// what reaches the parser is never deeper than the cap, the text inside is all kept, and an ordinary
/// page passes through untouched.
/// </summary>
public sealed class HtmlNestingLimiterTests
{
    private const string Sentence = "أعلنت الحكومة الأردنية يوم الأحد عن خطة جديدة للمياه.";

    [Fact]
    public void An_ordinary_page_passes_through_as_the_same_string()
    {
        var page = "<!DOCTYPE html><html><head><title>a <div> b</title><script>if (a < b) { x = '<div><div>'; }</script></head>"
            + "<body><!-- <div><div> --><div class=\"a>b\" data-x='<p>'><p>" + Sentence + "<br/><img src=x>"
            + "<ul><li>أ<li>ب</ul><p><b>عنوان</b> <a href=\"/x\">رابط</a></div></body></html>";

        Assert.Same(page, HtmlNestingLimiter.Limit(page));
    }

    [Fact]
    public void Divs_nested_100000_deep_reach_the_parser_at_most_the_cap_deep_with_their_text()
    {
        var page = Page(Repeat("<div>", 100_000) + Sentence + Repeat("</div>", 100_000));

        var body = Parse(HtmlNestingLimiter.Limit(page));

        Assert.InRange(Depth(body), 1, HtmlNestingLimiter.MaxDepth);
        Assert.Contains(Sentence, body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_left_open_100000_deep_are_capped_too()
    {
        var page = Page(Repeat("<ul><li>", 100_000) + Sentence);

        var body = Parse(HtmlNestingLimiter.Limit(page));

        Assert.InRange(Depth(body), 1, HtmlNestingLimiter.MaxDepth);
        Assert.InRange(body.QuerySelectorAll("*").Length, 1, HtmlNestingLimiter.MaxDepth + 2);
        Assert.Contains(Sentence, body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_left_open_across_paragraphs_is_capped_so_the_parser_does_not_copy_it_into_each()
    {
        // Each paragraph leaves a <b> open; the tree builder reopens all of them in every later paragraph.
        const int paragraphs = 1_000;
        var page = Page(string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<p><b class=\"c{i}\">كلمة</p>")));

        var body = Parse(HtmlNestingLimiter.Limit(page));

        Assert.InRange(body.QuerySelectorAll("b").Length, paragraphs, paragraphs * (HtmlNestingLimiter.MaxFormatting + 1));
        Assert.Equal(paragraphs, body.QuerySelectorAll("p").Length);
    }

    [Fact]
    public void Text_on_either_side_of_a_dropped_run_stays_in_its_own_paragraph()
    {
        var deep = HtmlNestingLimiter.MaxDepth + 100;
        var page = Page(Repeat("<div>", deep) + "<div>" + Sentence + "</div><div>تقرير ثان عن المياه.</div>" + Repeat("</div>", deep));

        var document = ReadingFixtures.ReadOne("deep.html", Encoding.UTF8.GetBytes(page));

        Assert.Equal(Sentence + "\n\nتقرير ثان عن المياه.", document.Text);
    }

    [Fact]
    public void Inline_tags_dropped_beyond_the_cap_leave_words_whole()
    {
        var deep = HtmlNestingLimiter.MaxDepth + 10;
        var page = Page(Repeat("<div>", deep) + "الحكو<span>مة</span> الأردنية" + Repeat("</div>", deep));

        var document = ReadingFixtures.ReadOne("deep.html", Encoding.UTF8.GetBytes(page));

        Assert.Equal("الحكومة الأردنية", document.Text);
    }

    private static string Page(string body) => "<html><body>" + body + "</body></html>";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;

    /// <summary>The depth of the deepest element under <paramref name="root"/>, walked without recursion.</summary>
    private static int Depth(IElement root)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
