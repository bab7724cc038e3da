namespace Marsad.Text;

/// <summary>The tokens of each sentence of a text, as token ranges, for readers that work sentence by sentence.</summary>
public static class SentenceTokens
{
    /// <summary>
    /// Each sentence's tokens [First, End) in text order. A token that starts before a sentence's start and after the
    /// previous sentence's end belongs to none; a sentence with no token gives an empty range.
    /// </summary>
    public static IEnumerable<(int First, int End)> Of(TextAnalysis text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var t = 0;
        foreach (var sentence in text.Sentences)
        {
            while (t < tokens.Length && tokens[t].Span.Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].Span.Start < sentence.End)
            {
                t++;
            }

            yield return (first, t);
        }
    }
}
