using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The rule-based recogniser's decision on each token, as one small code for the tagger
/// (<see cref="FeatureGroups.Rules"/>): the entity type, the mention's form, whether the entity is in the
/// knowledge base, and whether the token begins the mention. 0 where no mention covers the token.
/// </summary>
internal static class RuleCodes
{
    public static void Fill(ImmutableArray<EntityRecord> entities, ImmutableArray<Token> tokens, int[] codes)
    {
        foreach (var entity in entities)
        {
            var type = TypeOf(entity);
            foreach (var mention in entity.Mentions)
            {
                var form = mention.Form switch
                {
                    MentionForms.Name => 0,
                    MentionForms.Metonym => 1,
                    MentionForms.Adjective => 2,
                    _ => 3,
                };
                var code = 1 + ((((type * 4) + form) * 2) + (entity.Known ? 1 : 0)) * 2;
                var (first, end) = TokenRange.Of(tokens, mention.Span);
                for (var t = first; t < end; t++)
                {
                    codes[t] = code + (t == first ? 0 : 1);
                }
            }
        }
    }

    /// <summary>
    /// Records each stripped word (of more than two letters) inside a name or metonym mention with 1 + the
    /// mention's entity type (as in <see cref="Fill"/>), the first mention winning: a word the rules
    /// recognised once is evidence wherever else it stands in the document, as a reader carries a name over.
    /// </summary>
    public static void ByWord(PreparedText text, ImmutableArray<EntityRecord> entities)
    {
        foreach (var entity in entities)
        {
            var type = 1 + TypeOf(entity);
            foreach (var mention in entity.Mentions)
            {
                if (mention.Form is not (MentionForms.Name or MentionForms.Metonym))
                {
                    continue;
                }

                var (first, end) = TokenRange.Of(text.Tokens, mention.Span);
                for (var t = first; t < end; t++)
                {
                    if (text.StrippedWord(t).Length > 2)
                    {
                        text.AddDocumentRule(t, type);
                    }
                }
            }
        }
    }

    private static int TypeOf(EntityRecord entity) => TypeOf(entity.Type);

    /// <summary>An entity type as the tagger's small number (the knowledge base's spans read it too: <see cref="KbSpans"/>).</summary>
    internal static int TypeOf(EntityType type) => type switch
    {
        EntityType.Country => 0,
        EntityType.Location => 1,
        EntityType.Person => 2,
        EntityType.Organization => 3,
        EntityType.Group => 4,
        _ => 5,
    };
}

/// <summary>Token ranges of text spans, by binary search over the tokens (which are in text order and never overlap).</summary>
public static class TokenRange
{
    /// <summary>The tokens [First, End) that overlap <paramref name="span"/>; empty when none does.</summary>
    public static (int First, int End) Of(ImmutableArray<Token> tokens, TextSpan span)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (tokens[mid].Span.End <= span.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var end = low;
        while (end < tokens.Length && tokens[end].Span.Start < span.End)
        {
            end++;
        }

        return (low, end);
    }
}
