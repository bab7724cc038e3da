using System.Text.RegularExpressions;

namespace Marsad.Reading;

/// <summary>Where a boilerplate rule looks.</summary>
internal enum RuleScope
{
    /// <summary>One line of a paragraph.</summary>
    Line,

    /// <summary>A whole paragraph, its lines joined with a space.</summary>
    Paragraph,

    /// <summary>An HTML element, by tag name.</summary>
    Element,

    /// <summary>An HTML element, by a token of its class, id or role.</summary>
    Attribute,
}

/// <summary>How a boilerplate rule compares its pattern.</summary>
internal enum RuleKind
{
    Equals,
    Starts,
    Contains,
    Regex,
    Token,
    Prefix,
}

/// <summary>
/// One row of data/rules/boilerplate.tsv. Text patterns are stored normalised (see
/// <see cref="Marsad.Text.ArabicNormalizer"/>) so that spelling variants match.
/// </summary>
/// <param name="Reason">The kebab-case reason reported with the removed piece.</param>
/// <param name="Scope">Where the rule looks.</param>
/// <param name="Kind">How the pattern is compared.</param>
/// <param name="MaxWords">The rule applies only to text of at most this many words; 0 means no limit.</param>
/// <param name="Pattern">The normalised phrase, tag name or attribute token.</param>
/// <param name="Expression">The compiled expression for <see cref="RuleKind.Regex"/>, else null.</param>
internal sealed record BoilerplateRule(
    string Reason,
    RuleScope Scope,
    RuleKind Kind,
    int MaxWords,
    string Pattern,
    Regex? Expression);
