using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Reading;

/// <summary>
/// Removes boilerplate paragraphs and lines by the text rules, reporting each removed piece.
/// Shared by every format, after it has been reduced to paragraphs.
/// </summary>
internal static class BoilerplateFilter
{
    /// <summary>The paragraphs that remain; removed paragraphs and lines are added to <paramref name="removed"/>.</summary>
    public static List<Paragraph> Apply(IEnumerable<Paragraph> paragraphs, BoilerplateRuleSet rules, ImmutableArray<RemovedPiece>.Builder removed)
    {
        var kept = new List<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            var joined = paragraph.Joined;
            var paragraphReason = FirstMatch(rules.ParagraphRules, joined);
            if (paragraphReason is not null)
            {
                removed.Add(new RemovedPiece(joined, paragraphReason));
                continue;
            }

            var lines = ImmutableArray.CreateBuilder<string>(paragraph.Lines.Length);
            foreach (var line in paragraph.Lines)
            {
                var lineReason = FirstMatch(rules.LineRules, line);
                if (lineReason is null)
                {
                    lines.Add(line);
                }
                else
                {
                    removed.Add(new RemovedPiece(line, lineReason));
                }
            }

            if (lines.Count == paragraph.Lines.Length)
            {
                kept.Add(paragraph);
            }
            else if (lines.Count > 0)
            {
                kept.Add(new Paragraph(lines.ToImmutable()));
            }
        }

        return kept;
    }

    /// <summary>The reason of the first rule matching <paramref name="text"/>, or null.</summary>
    public static string? FirstMatch(ImmutableArray<BoilerplateRule> rules, string text)
    {
        if (text.Length > BoilerplateText.MaxMatchLength)
        {
            return null;
        }

        var normalized = BoilerplateText.Normalized(text);
        var key = BoilerplateText.TrimPunctuation(normalized);
        var words = BoilerplateText.CountWords(normalized, int.MaxValue);
        foreach (var rule in rules)
        {
            if (BoilerplateText.Matches(rule, normalized, key, words))
            {
                return rule.Reason;
            }
        }

        return null;
    }
}
