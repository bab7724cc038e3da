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

    /// <summary>
    /// Whether <see cref="Apply"/> would remove anything from the paragraphs of <paramref name="text"/>, a text
    /// already in its clean shape (<see cref="WhitespaceShaper.IsShaped"/>: paragraphs end at a blank line, lines
    /// at '\n'). Read in place: only a paragraph or line short enough for a rule to match is made a string.
    /// </summary>
    public static bool RemovesFromShaped(string text, BoilerplateRuleSet rules)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf("\n\n");
            var paragraph = end < 0 ? rest : rest[..end];
            // The paragraph as one line (Paragraph.Joined): its lines joined by a space, as long as it is.
            if (paragraph.Length <= BoilerplateText.MaxMatchLength && FirstMatch(rules.ParagraphRules, paragraph.ToString().Replace('\n', ' ')) is not null)
            {
                return true;
            }

            foreach (var line in paragraph.Split('\n'))
            {
                var piece = paragraph[line];
                if (piece.Length <= BoilerplateText.MaxMatchLength && FirstMatch(rules.LineRules, piece.ToString()) is not null)
                {
                    return true;
                }
            }

            if (end < 0)
            {
                return false;
            }

            rest = rest[(end + 2)..];
        }
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
