using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// Document-level consistency: a name found once names its entity wherever it comes again later in the
/// document. Each entity's name mentions give its names — the full name and, for a person of two words or
/// more, the family name (titles are never inside a person's name mention, so the full name is already
/// the name without its title). Every later run of tokens that spells one of them (its first word read
/// through its clitics: وبغداد، لعباس) and that no mention covers becomes a mention of that entity.
/// Where two entities share a name, the longer name wins, then the entity mentioned first.
/// </summary>
/// <remarks>
/// A one-word name that is an ordinary word, a stopword, a title, a cue or a nationality adjective is not
/// propagated: a family name such as الله or an organisation called الأمل must not claim every use of it.
/// </remarks>
public sealed class NamePropagation
{
    private const int Blocking = LexiconFacts.Stopword | LexiconFacts.Common | LexiconFacts.DualUse | LexiconFacts.Title
        | LexiconFacts.PersonCue | LexiconFacts.Nationality | LexiconFacts.OrgHead | LexiconFacts.PlaceHead;

    private const int MinOneWordLength = 3;

    private readonly EntityGazetteer _gazetteer;

    public NamePropagation(EntityGazetteer gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    public ImmutableArray<EntityRecord> Apply(TextAnalysis text, ImmutableArray<EntityRecord> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var covered = new bool[tokens.Length];
        foreach (var mention in entities.SelectMany(static e => e.Mentions))
        {
            var (first, end) = TokenRange.Of(tokens, mention.Span);
            covered.AsSpan(first, end - first).Fill(true);
        }

        var names = Names(text, entities);
        if (names.Count == 0)
        {
            return entities;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();

        // Every clitic reading of a word ends as the word does: one bit per last letter skips most words with no lookup.
        var lastLetters = 0UL;
        foreach (var key in names.Keys)
        {
            lastLetters |= 1UL << (key[^1] & 63);
        }

        // Drafts (copies of every entity's mentions) are made only once a name is found again, which most texts never see.
        List<EntityDraft>? drafts = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[i].NormalizedIn(text.Normalized);
            if (word.IsEmpty || (lastLetters & (1UL << (word[^1] & 63))) == 0)
            {
                continue;
            }

            foreach (var reading in ArabicClitics.Readings(word))
            {
                if (reading.HasArticle || !lookup.TryGetValue(reading.Stem(word), out var candidates))
                {
                    continue;
                }

                if (candidates.Find(c => Matches(text, c, i, covered)) is { } name)
                {
                    var start = text.Normalized.ToOriginal(tokens[i].NormStart + reading.Stripped);
                    var span = new TextSpan(start, tokens[i + name.Words.Length - 1].Span.End);
                    drafts ??= entities.Select(static e => new EntityDraft(e)).ToList();
                    drafts[name.Entity].Mentions.Add(new Mention(span, span.Slice(text.Text), MentionForms.Name));
                    covered.AsSpan(i, name.Words.Length).Fill(true);
                    break;
                }
            }
        }

        return drafts is null ? entities : [.. drafts.Select(static d => d.Build())];
    }

    private static bool Matches(TextAnalysis text, Name name, int i, bool[] covered)
    {
        var tokens = text.Tokens;
        if (tokens[i].Span.Start <= name.After || i + name.Words.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 1; k < name.Words.Length; k++)
        {
            if (covered[i + k] || !tokens[i + k].NormalizedIn(text.Normalized).SequenceEqual(name.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each name's first word → the names starting with it, longest first, then by first mention.</summary>
    private Dictionary<string, List<Name>> Names(TextAnalysis text, ImmutableArray<EntityRecord> entities)
    {
        var tokens = text.Tokens;
        var all = new List<Name>();
        for (var e = 0; e < entities.Length; e++)
        {
            var mentions = entities[e].Mentions;
            if (mentions.IsEmpty || entities[e].Type is not ("PERSON" or "LOCATION" or "ORGANIZATION" or "COUNTRY" or "GROUP"))
            {
                continue;
            }

            var firstStart = mentions.Min(static m => m.Span.Start);
            foreach (var mention in mentions.Where(static m => m.Form == MentionForms.Name))
            {
                var (first, end) = TokenRange.Of(tokens, mention.Span);
                if (end - first < 1 || !AllWords(tokens, first, end))
                {
                    continue;
                }

                var words = Enumerable.Range(first, end - first).Select(t => WordAt(text, t, mention.Span.Start)).ToArray();
                Consider(all, words, e, firstStart);
                if (entities[e].Type == "PERSON" && words.Length >= 2)
                {
                    Consider(all, [words[^1]], e, firstStart);
                }
            }
        }

        return all
            .OrderByDescending(static n => n.Words.Length).ThenBy(static n => n.After).ThenBy(static n => n.Entity)
            .GroupBy(static n => n.Words[0], StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.ToList(), StringComparer.Ordinal);
    }

    private void Consider(List<Name> all, string[] words, int entity, int after)
    {
        if (Array.Exists(words, static w => w.Length == 0))
        {
            return;
        }

        if (words.Length == 1 && (words[0].Length < MinOneWordLength || (LexiconFacts.Of(_gazetteer, words[0]).Bits & Blocking) != 0))
        {
            return;
        }

        if (!all.Exists(n => n.Entity == entity && n.Words.AsSpan().SequenceEqual(words)))
        {
            all.Add(new Name(words, entity, after));
        }
    }

    // A mention's first word as the mention gives it (its clitics already off), the others as the tokens are.
    private static string WordAt(TextAnalysis text, int t, int mentionStart)
    {
        var token = text.Tokens[t];
        var word = token.NormalizedIn(text.Normalized);
        if (token.Span.Start >= mentionStart)
        {
            return word.ToString();
        }

        var skip = 0;
        while (skip < word.Length && text.Normalized.ToOriginal(token.NormStart + skip) < mentionStart)
        {
            skip++;
        }

        return word[skip..].ToString();
    }

    private static bool AllWords(ImmutableArray<Token> tokens, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name of entity <see cref="Entity"/> in normalised words, to be found only after offset <see cref="After"/>.</summary>
    private sealed record Name(string[] Words, int Entity, int After);
}
