using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Reading;

/// <summary>
/// The boilerplate rules, loaded once from the embedded data/rules/boilerplate.tsv. Immutable and
/// therefore safe to share between threads.
/// </summary>
internal sealed class BoilerplateRuleSet
{
    private const string ResourceName = "Marsad.data.rules.boilerplate.tsv";

    private static readonly Lazy<BoilerplateRuleSet> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private BoilerplateRuleSet(ImmutableArray<BoilerplateRule> rules)
    {
        TextRules = rules.Where(static r => r.Scope is RuleScope.Line or RuleScope.Paragraph).ToImmutableArray();
        ParagraphRules = rules.Where(static r => r.Scope == RuleScope.Paragraph).ToImmutableArray();
        LineRules = rules.Where(static r => r.Scope == RuleScope.Line).ToImmutableArray();
        AttributeRules = rules.Where(static r => r.Scope == RuleScope.Attribute).ToImmutableArray();
        ElementReasons = rules
            .Where(static r => r.Scope == RuleScope.Element)
            .ToFrozenDictionary(static r => r.Pattern, static r => r.Reason, StringComparer.Ordinal);
    }

    /// <summary>The rules shipped with Marsad.</summary>
    public static BoilerplateRuleSet Default => LazyDefault.Value;

    /// <summary>Every rule that reads text (line and paragraph scope).</summary>
    public ImmutableArray<BoilerplateRule> TextRules { get; }

    public ImmutableArray<BoilerplateRule> ParagraphRules { get; }

    public ImmutableArray<BoilerplateRule> LineRules { get; }

    public ImmutableArray<BoilerplateRule> AttributeRules { get; }

    /// <summary>Reason by lower-case tag name for elements that are never article text.</summary>
    public FrozenDictionary<string, string> ElementReasons { get; }

    /// <summary>Parses rules from TSV text; a malformed row is a bug in shipped data, so it throws.</summary>
    internal static BoilerplateRuleSet Parse(string tsv)
    {
        var rules = ImmutableArray.CreateBuilder<BoilerplateRule>();
        var lineNumber = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 5)
            {
                throw new InvalidDataException($"boilerplate.tsv line {lineNumber}: expected 5 tab-separated columns, found {cells.Length}");
            }

            rules.Add(ParseRule(cells, lineNumber));
        }

        return new BoilerplateRuleSet(rules.ToImmutable());
    }

    private static BoilerplateRule ParseRule(string[] cells, int lineNumber)
    {
        var reason = cells[0];
        var scope = cells[1] switch
        {
            "line" => RuleScope.Line,
            "paragraph" => RuleScope.Paragraph,
            "element" => RuleScope.Element,
            "attribute" => RuleScope.Attribute,
            _ => throw new InvalidDataException($"boilerplate.tsv line {lineNumber}: unknown scope '{cells[1]}'"),
        };
        var kind = cells[2] switch
        {
            "equals" => RuleKind.Equals,
            "starts" => RuleKind.Starts,
            "contains" => RuleKind.Contains,
            "regex" => RuleKind.Regex,
            "token" => RuleKind.Token,
            "prefix" => RuleKind.Prefix,
            _ => throw new InvalidDataException($"boilerplate.tsv line {lineNumber}: unknown kind '{cells[2]}'"),
        };
        var maxWords = int.Parse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture);
        var pattern = cells[4];

        Regex? expression = null;
        if (kind == RuleKind.Regex)
        {
            // Non-backtracking: matching time is linear in the input, whatever the pattern.
            expression = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        else if (scope is RuleScope.Line or RuleScope.Paragraph)
        {
            pattern = BoilerplateText.MatchKey(pattern);
        }
        else
        {
            pattern = pattern.ToLowerInvariant();
        }

        return new BoilerplateRule(reason, scope, kind, maxWords, pattern, expression);
    }

    private static BoilerplateRuleSet Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
