using Marsad.Model;

namespace Marsad.Storage.Search;

/// <summary>A window of a document's text around its matches, with the matched words marked.</summary>
/// <param name="Text">The window, matched words between <see cref="Snippets.MarkStart"/> and <see cref="Snippets.MarkEnd"/>.</param>
/// <param name="Matches">The matched words' spans in the document's text (UTF-16, end exclusive).</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Matches);

/// <summary>
/// Builds snippets by analysing the original text at query time: a token matches when its search term is
/// one of the query's, so what is marked is the article's own word (الاتفاقات for a query اتفاق).
/// </summary>
/// <remarks>
/// The window is the run of <see cref="WindowTerms"/> terms that holds the most distinct query terms (the
/// first such run), widened to whole words; an ellipsis shows where the text was cut.
/// </remarks>
public static class Snippets
{
    public const char MarkStart = '[';
    public const char MarkEnd = ']';
    public const int WindowTerms = 24;

    public static Snippet Build(string text, IReadOnlyCollection<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryTerms);
        var wanted = new HashSet<string>(queryTerms, StringComparer.Ordinal);
        var terms = SearchAnalyzer.Terms(text);
        if (terms.Count == 0)
        {
            return new Snippet("", []);
        }

        var best = 0;
        var bestScore = -1;
        for (var start = 0; start < terms.Count; start++)
        {
            if (start > 0 && !wanted.Contains(terms[start].Term))
            {
                continue;
            }

            var end = Math.Min(terms.Count, start + WindowTerms);
            var found = new HashSet<string>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                if (wanted.Contains(terms[i].Term))
                {
                    found.Add(terms[i].Term);
                }
            }

            var score = found.Count;
            if (score > bestScore)
            {
                (best, bestScore) = (start, score);
            }
        }

        // Start a few words before the first match so the reader sees what leads to it.
        var first = Math.Max(0, best - 4);
        var last = Math.Min(terms.Count, first + WindowTerms) - 1;
        var from = terms[first].Span.Start;
        var to = terms[last].Span.End;
        var matches = new List<TextSpan>();
        var builder = new System.Text.StringBuilder();
        if (from > 0)
        {
            builder.Append("… ");
        }

        var cursor = from;
        for (var i = first; i <= last; i++)
        {
            // Terms of one ligature share its span: it is marked once.
            if (!wanted.Contains(terms[i].Term) || terms[i].Span.Start < cursor)
            {
                continue;
            }

            var span = terms[i].Span;
            builder.Append(text, cursor, span.Start - cursor).Append(MarkStart).Append(text, span.Start, span.Length).Append(MarkEnd);
            matches.Add(span);
            cursor = span.End;
        }

        builder.Append(text, cursor, to - cursor);
        if (to < text.Length)
        {
            builder.Append(" …");
        }

        return new Snippet(Collapse(builder.ToString()), matches);
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
