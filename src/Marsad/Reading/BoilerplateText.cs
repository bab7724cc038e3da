using Marsad.Text;

namespace Marsad.Reading;

/// <summary>How a line or paragraph is compared with the text rules of <see cref="BoilerplateRuleSet"/>.</summary>
internal static class BoilerplateText
{
    /// <summary>
    /// Text longer than this is never matched: boilerplate is short, and the bound keeps a 50 MB
    /// single-line input linear.
    /// </summary>
    public const int MaxMatchLength = 400;

    /// <summary>The normalised form that regex rules read: spelling folded, whitespace collapsed.</summary>
    public static string Normalized(string text) => WhitespaceShaper.CollapseLine(ArabicNormalizer.Normalize(text));

    /// <summary>The form equals/starts/contains rules read: normalised and trimmed of punctuation ("شاركها." → "شاركها").</summary>
    public static string MatchKey(string text) => TrimPunctuation(Normalized(text));

    /// <summary>Whether <paramref name="rule"/> matches <paramref name="text"/> (a line, or a paragraph joined with spaces).</summary>
    public static bool Matches(BoilerplateRule rule, string normalized, string key, int words)
    {
        if (rule.MaxWords > 0 && words > rule.MaxWords)
        {
            return false;
        }

        return rule.Kind switch
        {
            RuleKind.Equals => string.Equals(key, rule.Pattern, StringComparison.Ordinal),
            RuleKind.Starts => key.StartsWith(rule.Pattern, StringComparison.Ordinal) && IsBoundary(key, rule.Pattern.Length),
            RuleKind.Contains => ContainsWord(key, rule.Pattern),
            RuleKind.Regex => rule.Expression!.IsMatch(normalized),
            _ => false,
        };
    }

    /// <summary>Counts space-separated words, stopping early once past <paramref name="limit"/>.</summary>
    public static int CountWords(string text, int limit)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words > limit)
                {
                    return words;
                }
            }
        }

        return words;
    }

    private static bool ContainsWord(string key, string pattern)
    {
        var from = 0;
        while (from <= key.Length - pattern.Length)
        {
            var at = key.IndexOf(pattern, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            if (IsBoundary(key, at) && IsBoundary(key, at + pattern.Length))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>A word boundary: the start or end of the text, or a letter/digit next to a non-letter/digit.</summary>
    private static bool IsBoundary(string text, int index) =>
        index <= 0 || index >= text.Length || !char.IsLetterOrDigit(text[index - 1]) || !char.IsLetterOrDigit(text[index]);

    public static string TrimPunctuation(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (char.IsPunctuation(text[start]) || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsPunctuation(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return text[start..end];
    }
}
