using Marsad.Model;
using Marsad.Reading;

namespace Marsad.Fuzz.Targets;

/// <summary>
/// What every reader promises of what it returns, whatever the bytes: each result is an article or a reason,
/// and an article's clean text has the one shape WhitespaceShaper gives it and can be stored and printed.
/// </summary>
internal static class CleanTextInvariants
{
    public static void Check(IEnumerable<ReadResult> results, string source)
    {
        foreach (var result in results)
        {
            Invariant.That(result.Source.StartsWith(source, StringComparison.Ordinal), $"a result names another source: {result.Source}");
            Invariant.That((result.Document is null) != (result.Error is null), "a result is both an article and a failure, or neither");
            if (result.Error is { } error)
            {
                Invariant.That(error.Length > 0, "a failure without a reason");
                continue;
            }

            Check(result.Document!);
        }
    }

    private static void Check(SourceDocument document)
    {
        Shaped(document.Text, "text");
        Storable(document.Title, "title");
        Storable(document.Url, "url");
        Storable(document.InputId, "id");
        Invariant.That(document.Title is null || !document.Title.Contains('\n', StringComparison.Ordinal), "a title of more than one line");
        Invariant.That(document.Format is "text" or "html" or "jsonl" or "feed", $"unknown format {document.Format}");
        Invariant.That(!string.IsNullOrEmpty(document.Encoding), "no encoding recorded");
        foreach (var piece in document.Removed)
        {
            Storable(piece.Text, "removed piece");
        }
    }

    /// <summary>Lines collapsed and trimmed, joined by one newline, paragraphs by one blank line.</summary>
    private static void Shaped(string text, string what)
    {
        Storable(text, what);
        Invariant.That(text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])), $"{what} starts or ends with whitespace");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            Invariant.That(!char.IsWhiteSpace(c) || c is ' ' or '\n', $"{what} keeps whitespace U+{(int)c:X4} at {i}");
            Invariant.That(!(c == ' ' && i + 1 < text.Length && text[i + 1] is ' ' or '\n'), $"{what} has a space before a space or newline at {i}");
            Invariant.That(!(c == '\n' && i + 1 < text.Length && text[i + 1] == ' '), $"{what} has a line starting with a space at {i}");
        }

        Invariant.That(!text.Contains("\n\n\n", StringComparison.Ordinal), $"{what} has more than one blank line in a row");
    }

    /// <summary>Well-formed UTF-16 without NUL: what JSON output, SQLite and PostgreSQL text all accept.</summary>
    public static void Storable(string? text, string what)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            Invariant.That(c != '\0', $"{what} holds a NUL character at {i} (PostgreSQL text cannot store it)");
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            Invariant.That(!char.IsSurrogate(c), $"{what} holds a lone surrogate U+{(int)c:X4} at {i}");
        }
    }
}
