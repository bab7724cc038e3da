using System.Text;
using AngleSharp.Dom;

namespace Marsad.Reading;

/// <summary>
/// Recognises elements that are not article text (navigation, share bars, newsletter boxes, cookie
/// banners, related links, ads, comments…) by tag name and by the tokens of their class, id and role,
/// as listed in data/rules/boilerplate.tsv. The article and the elements that hold it are never one
/// of them, whatever their class says (&lt;body class="comments-open"&gt;).
/// </summary>
internal sealed class HtmlBoilerplateElements
{
    private readonly BoilerplateRuleSet _rules;
    private readonly IElement _main;

    public HtmlBoilerplateElements(BoilerplateRuleSet rules, IElement main)
    {
        _rules = rules;
        _main = main;
    }

    /// <summary>The total length of the text of the &lt;p&gt; elements under <paramref name="element"/>.</summary>
    public static long ParagraphTextLength(IElement element)
    {
        long length = 0;
        foreach (var paragraph in element.QuerySelectorAll("p"))
        {
            length += paragraph.TextContent.Length;
        }

        return length;
    }

    /// <summary>The removal reason for <paramref name="element"/>, or null if it may be article text.</summary>
    public string? Reason(IElement element)
    {
        var reason = _rules.ElementReasons.GetValueOrDefault(element.LocalName) ?? AttributeReason(element);
        return reason is null || HoldsArticle(element) ? null : reason;
    }

    private string? AttributeReason(IElement element)
    {
        var tokens = Tokens(element);
        if (tokens.Length == 0)
        {
            return null;
        }

        foreach (var rule in _rules.AttributeRules)
        {
            var matched = rule.Kind switch
            {
                RuleKind.Token => tokens.Contains("-" + rule.Pattern + "-", StringComparison.Ordinal),
                RuleKind.Prefix => tokens.Contains("-" + rule.Pattern, StringComparison.Ordinal),
                _ => false,
            };
            if (matched)
            {
                return rule.Reason;
            }
        }

        return null;
    }

    /// <summary>
    /// Class, id and role as one lower-case string of hyphen-separated tokens with a hyphen at each
    /// end ("-share-bar-main-nav-"), so a token match is a plain substring test.
    /// </summary>
    private static string Tokens(IElement element)
    {
        var builder = new StringBuilder("-");
        foreach (var name in (ReadOnlySpan<string>)["class", "id", "role"])
        {
            var value = element.GetAttribute(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var c in value)
            {
                builder.Append(char.IsWhiteSpace(c) || c == '_' ? '-' : char.ToLowerInvariant(c));
            }

            builder.Append('-');
        }

        return builder.Length == 1 ? string.Empty : builder.ToString();
    }

    private bool HoldsArticle(IElement element) => element.Contains(_main);
}
