using Marsad.Model;
using Marsad.Text;

namespace Marsad.Storage.Search;

/// <summary>One search term of a text: its analysed form and the original characters it came from.</summary>
public readonly record struct SearchTerm(string Term, TextSpan Span);

/// <summary>
/// The analyser that the index and the queries share, built on Marsad's own text stages, so that what
/// is written and what is asked are the same kind of term.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="number">
/// <item>The text is normalised by <see cref="ArabicNormalizer"/> (hamza forms, alef maksura, teh marbuta,
///   diacritics, tatweel, digits, presentation forms, case) and split by <see cref="Tokenizer"/>.</item>
/// <item>Only words and numbers become terms; punctuation and symbols do not.</item>
/// <item>A word becomes its <see cref="ArabicLightStemmer"/> stem (الاتفاقات, اتفاقيات and اتفاق all
///   become اتفاق); a number stays as written after normalisation (٢٠٢٠ is 2020).</item>
/// <item>Each term keeps the span of the original token it came from, so a match is shown in the
///   article's own spelling.</item>
/// <item>A term never holds whitespace: a character that normalises to several words (the ligatures ﷺ and ﷻ)
///   gives one term per word, all at that character's span.</item>
/// </list>
/// </remarks>
public static class SearchAnalyzer
{
    /// <summary>The terms of a text in order, with their original spans.</summary>
    public static IReadOnlyList<SearchTerm> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = NormalizedText.Create(text);
        var terms = new List<SearchTerm>();
        foreach (var token in Tokenizer.Tokenize(normalized))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var form = token.NormalizedIn(normalized);
            if (HoldsWhitespace(form))
            {
                // A ligature of words (ﷺ, ﷻ) normalises to several words: each is a term of its own, at the
                // ligature's span, so both stores match it word by word (fuzzing found PostgreSQL could not).
                foreach (var word in form.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(terms, token.Kind == TokenKind.Word ? ArabicLightStemmer.Stem(word) : word, token.Span);
                }

                continue;
            }

            Add(terms, token.Kind == TokenKind.Word ? ArabicLightStemmer.Stem(form) : form, token.Span);
        }

        return terms;
    }

    private static bool HoldsWhitespace(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<SearchTerm> terms, ReadOnlySpan<char> term, TextSpan span)
    {
        if (!term.IsEmpty)
        {
            terms.Add(new SearchTerm(term.ToString(), span));
        }
    }

    /// <summary>The distinct terms of a query, in the order first typed.</summary>
    public static IReadOnlyList<string> QueryTerms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. Terms(query).Select(static t => t.Term).Where(seen.Add)];
    }

    /// <summary>
    /// Each distinct query term with the other stems of its derivational family (<see cref="ArabicRoots"/>):
    /// what a derivational search asks for, one group per term, any of a group matching it. Empty when no
    /// term has a family, so the exact search is all there is to ask.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> DerivedGroups(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var groups = terms.Select(static t => (IReadOnlyList<string>)[t, .. ArabicRoots.Family(t)]).ToList();
        return groups.Any(static g => g.Count > 1) ? groups : [];
    }

    /// <summary>The text the full-text index holds for a document: its terms joined by spaces.</summary>
    public static string IndexText(IEnumerable<SearchTerm> terms) => string.Join(' ', terms.Select(static t => t.Term));
}
