using Marsad.Model;
using Marsad.Output;

namespace Marsad.Storage.Search;

/// <summary>A snippet with its highlighted words as spans of <see cref="Text"/> (UTF-16, end exclusive) and no marks.</summary>
public sealed record HighlightedSnippet(string Text, IReadOnlyList<TextSpan> Highlights);

/// <summary>
/// A search hit as JSON, the same for <c>marsad search --format json</c> and <c>GET /api/search</c>: the
/// document's metadata, the snippet without marks, its highlighted words as code-point offsets into the
/// snippet and the matched words as code-point offsets into the document's text.
/// </summary>
public static class SearchHitFormat
{
    /// <summary>The hit's fields in order; callers may add their own after them (the API its link).</summary>
    public static Dictionary<string, object?> Json(int rank, SearchHit hit, HighlightedSnippet snippet, string documentText)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(snippet);
        var inSnippet = new CodePointIndex(snippet.Text);
        var inText = new CodePointIndex(documentText);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["rank"] = rank,
            ["score"] = hit.Score,
            ["id"] = hit.Document.Id,
            ["source"] = hit.Document.Source,
            ["url"] = hit.Document.Url,
            ["title"] = hit.Document.Title,
            ["published"] = hit.Document.Published,
            ["cluster"] = hit.Document.Cluster,
            ["cluster_size"] = hit.Document.ClusterSize,
            ["snippet"] = snippet.Text,
            ["highlights"] = snippet.Highlights.Select(s => (object)new { start = inSnippet.ToCodePoint(s.Start), end = inSnippet.ToCodePoint(s.End) }).ToList(),
            ["matches"] = hit.Snippet.Matches.Select(m => (object)new { start = inText.ToCodePoint(m.Start), end = inText.ToCodePoint(m.End) }).ToList(),
        };
    }

    /// <summary>
    /// The store's snippet marks matched words between [ and ]; each matched word (read from the document's
    /// <paramref name="documentText"/> at the match's span) is found marked, in order, so brackets that the
    /// article itself contains stay as text.
    /// </summary>
    public static HighlightedSnippet Highlight(Snippet snippet, string documentText)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        ArgumentNullException.ThrowIfNull(documentText);
        var marked = snippet.Text;
        var text = new System.Text.StringBuilder(marked.Length);
        var highlights = new List<TextSpan>();
        var cursor = 0;
        foreach (var match in snippet.Matches)
        {
            if (match.End > documentText.Length)
            {
                break;
            }

            var word = documentText[match.Start..match.End];
            var length = word.Length;
            var at = marked.IndexOf(Snippets.MarkStart + word + Snippets.MarkEnd, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            text.Append(marked, cursor, at - cursor);
            var start = text.Length;
            text.Append(marked, at + 1, length);
            highlights.Add(new TextSpan(start, text.Length));
            cursor = at + length + 2;
        }

        text.Append(marked, cursor, marked.Length - cursor);
        return new HighlightedSnippet(text.ToString(), highlights);
    }
}
