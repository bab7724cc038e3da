using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Model;

namespace Marsad.Reading;

/// <summary>
/// Reads an HTML page: metadata, then the article's paragraphs. Invisible elements are dropped
/// silently; boilerplate elements and visible text outside the article are reported as removed.
/// </summary>
internal static class HtmlArticleExtractor
{
    public const string OutsideArticle = "outside-article";

    /// <summary>The page's metadata and its article paragraphs (before the text-level boilerplate rules).</summary>
    public static (HtmlMetadata Metadata, List<Paragraph> Paragraphs) Extract(
        string html, BoilerplateRuleSet rules, ImmutableArray<RemovedPiece>.Builder removed)
    {
        // A parser per call: AngleSharp parsers are cheap and this keeps the reader free of shared state.
        // Nesting is capped first: the tree builder's cost grows with the square of the depth.
        var document = new HtmlParser().ParseDocument(HtmlNestingLimiter.Limit(html));
        var metadata = HtmlMetadataReader.Read(document);
        var body = document.Body ?? document.DocumentElement;

        RemoveInvisible(body);

        // The article is chosen before boilerplate goes, so that neither it nor what holds it is taken for
        // boilerplate; the boilerplate inside it (a share bar, a newsletter box) still goes.
        var main = MainContent(body);
        RemoveBoilerplate(body, new HtmlBoilerplateElements(rules, main), removed);
        if (!ReferenceEquals(main, body))
        {
            foreach (var outside in HtmlParagraphWriter.Write(body, skip: main))
            {
                removed.Add(new RemovedPiece(outside.Joined, OutsideArticle));
            }
        }

        return (metadata, HtmlParagraphWriter.Write(main));
    }

    private static void RemoveInvisible(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(string.Join(", ", HtmlTags.Invisible)).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>Removes boilerplate elements, outermost first, reporting the visible text of each.</summary>
    private static void RemoveBoilerplate(IElement parent, HtmlBoilerplateElements boilerplate, ImmutableArray<RemovedPiece>.Builder removed)
    {
        foreach (var child in parent.Children.ToList())
        {
            var reason = boilerplate.Reason(child);
            if (reason is null)
            {
                RemoveBoilerplate(child, boilerplate, removed);
                continue;
            }

            var text = HtmlParagraphWriter.VisibleText(child);
            if (text.Length > 0)
            {
                removed.Add(new RemovedPiece(text, reason));
            }

            child.Remove();
        }
    }

    /// <summary>
    /// The element holding the article: [itemprop=articleBody], else the &lt;article&gt; with the most
    /// paragraph text, else the element whose own &lt;p&gt; children hold the most text, else the body.
    /// </summary>
    private static IElement MainContent(IElement body)
    {
        var marked = body.QuerySelectorAll("[itemprop=articleBody]")
            .FirstOrDefault(static e => HtmlBoilerplateElements.ParagraphTextLength(e) > 0);
        if (marked is not null)
        {
            return marked;
        }

        var article = body.QuerySelectorAll("article")
            .Select(static e => (Element: e, Length: HtmlBoilerplateElements.ParagraphTextLength(e)))
            .Where(static a => a.Length > 0)
            .OrderByDescending(static a => a.Length)
            .Select(static a => a.Element)
            .FirstOrDefault();
        if (article is not null)
        {
            return article;
        }

        var parents = new Dictionary<IElement, long>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                parents[parent] = parents.GetValueOrDefault(parent) + paragraph.TextContent.Length;
            }
        }

        return parents.Count == 0 ? body : parents.MaxBy(static p => p.Value).Key;
    }
}
