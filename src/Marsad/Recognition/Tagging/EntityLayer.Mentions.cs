using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// How the layer writes a tagger chunk as a mention and an entity: the proclitics it leaves out and the
/// <c>unknown/…</c> id it keys the entity by.
/// </summary>
public sealed partial class EntityLayer
{
    /// <summary>A tagger chunk as a <c>known: false</c> entity, one per type and normalised name (as the rules key theirs): a rule entity of that id takes it first.</summary>
    private void Add(TextAnalysis text, TaggedSpan chunk, ImmutableArray<EntityRecord> rules, EntityDraft?[] drafts, AddedEntities added)
    {
        var first = text.Tokens[chunk.First];
        var word = first.NormalizedIn(text.Normalized);
        var type = chunk.Type switch
        {
            NerType.Pers => EntityType.Person,
            NerType.Loc => EntityType.Location,
            _ => EntityType.Organization,
        };
        var drop = ProcliticLength(word);
        if (drop == 0)
        {
            // A word the lexicon does not know keeps its letters, unless the same name stands in the text
            // without them already (فاندربيلت … لفاندربيلت): then they are a proclitic after all.
            foreach (var reading in ArabicClitics.Readings(word))
            {
                if (drop == 0 && reading.Stripped > 0 && !reading.HasArticle && added.Find(IdOf(MentionAt(text, chunk, reading.Stripped).Text, type)) is not (-1, null))
                {
                    drop = reading.Stripped;
                }
            }
        }

        var mention = MentionAt(text, chunk, drop);
        var id = IdOf(mention.Text, type);
        var (rule, existing) = added.Find(id);
        existing = rule >= 0 ? Draft(rules, drafts, rule) : existing;
        if (existing is null)
        {
            existing = new EntityDraft(new EntityRecord(id, type, mention.Text, mention.Text, null, null, null, false, []));
            added.Add(id, existing);
        }

        existing.Mentions.Add(mention);
    }

    /// <summary>The chunk's mention with the first <paramref name="drop"/> letters of its first word left out.</summary>
    private static Mention MentionAt(TextAnalysis text, TaggedSpan chunk, int drop)
    {
        var start = text.Normalized.ToOriginal(text.Tokens[chunk.First].NormStart + drop);
        var span = new TextSpan(start, text.Tokens[chunk.End - 1].Span.End);
        return new Mention(span, span.Slice(text.Text), MentionForms.Name);
    }

    internal static string IdOf(string name, EntityType type)
    {
        // One string for the id besides the normalised name, where the prefix's lower-casing, the space
        // replacement and the interpolation made three (a chunk's id is made once or more per chunk).
        var prefix = IdPrefixes[(int)type];
        var normalized = ArabicNormalizer.Normalize(name);
        return string.Create(prefix.Length + normalized.Length, (prefix, normalized), static (id, parts) =>
        {
            parts.prefix.CopyTo(id);
            var rest = id[parts.prefix.Length..];
            parts.normalized.CopyTo(rest);
            rest.Replace(' ', '-');
        });
    }

    // "unknown/person/" and the like, by EntityType.
    private static readonly string[] IdPrefixes = MakeIdPrefixes();

    private static string[] MakeIdPrefixes()
    {
        var types = Enum.GetValues<EntityType>();
        var prefixes = new string[types.Length];
        foreach (var type in types)
        {
            prefixes[(int)type] = $"unknown/{EntityTypes.Name(type).ToLowerInvariant()}/";
        }

        return prefixes;
    }

    /// <summary>
    /// How many letters of a chunk's first word are a proclitic (و، ب، ل، ف، ك and their pairs) to leave
    /// out of the mention, as the rules leave them out of theirs (the corpora tag whole words, وأحمد):
    /// those before an article (والأردن → الأردن, the name keeping its article), or those before a given
    /// name or the first word of a knowledge-base name (وأحمد → أحمد), unless the whole word is one itself
    /// (بسام). A word whose reading the lexicon does not know keeps its letters: a foreign name may begin
    /// with any of them.
    /// </summary>
    private int ProcliticLength(ReadOnlySpan<char> word)
    {
        if (IsNameWord(_gazetteer.Words.Find(word)))
        {
            return 0;
        }

        var drop = 0;
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (reading.HasArticle)
            {
                // The article is the reading's last two stripped letters (for لل, whose alef is elided, the
                // reading strips two and nothing is left out).
                drop = word.Length - reading.Stripped >= MinArticleStem ? Math.Max(drop, reading.Stripped - 2) : drop;
            }
            else if (reading.Stripped > 0 && IsNameWord(_gazetteer.Words.Find(reading.Stem(word))))
            {
                drop = Math.Max(drop, reading.Stripped);
            }
        }

        return drop;
    }

    private static bool IsNameWord(WordFacts? facts) => facts is not null && (facts.GivenName is not null || facts.Name is not null);
}
