using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Events.Arguments;

/// <summary>
/// The dateline of a news text: the place an agency writes from, before a dash at the very start
/// (القاهرة – ، منبج (سوريا) – ). It says where the story was filed, not who acts: a side named there is
/// never the subject of the first sentence's verb (طهران – التقى المدير العام … is not Iran meeting).
/// </summary>
internal static class Dateline
{
    // A dateline is a place's name, perhaps with its country in brackets: a few words at most.
    private const int MaxTokens = 8;

    /// <summary>The token after the dateline's dash, or 0 when the text opens with none.</summary>
    public static int End(ImmutableArray<Token> tokens, string text)
    {
        for (var t = 0; t < tokens.Length && t <= MaxTokens; t++)
        {
            var token = tokens[t];
            if (token.Kind is TokenKind.Word)
            {
                continue;
            }

            var c = text[token.Span.Start];
            if (t > 0 && c is '–' or '—' or '-')
            {
                return t + 1;
            }

            if (c is not ('(' or ')'))
            {
                return 0;
            }
        }

        return 0;
    }
}
