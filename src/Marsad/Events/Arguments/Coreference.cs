using System.Collections.Frozen;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/event-coreference.tsv; see the file's header for each.</summary>
internal enum CoreferenceCue
{
    None = 0,
    Head,
    Country,
}

/// <summary>
/// A document-level pass that maps a mention to the entity the document already introduced (issue 18,
/// kind 9): a definite head noun standing alone (الحركة، الصندوق، المملكة) names again the last entity whose
/// name begins with it; البلاد the last country named; a person's family or given name alone (وقال الكاظمي،
/// الأمير فيصل), which the recogniser leaves unknown, the person of the document whose full name holds it.
/// Runs once over the tokens before the scan reads sides, so every rule sees the entity, not the word. Reads
/// words as spans of the document's tokens, so a text without an anaphor costs no allocation per word.
/// </summary>
internal static class Coreference
{
    private static readonly FrozenDictionary<string, CoreferenceCue>.AlternateLookup<ReadOnlySpan<char>> Words =
        Load().GetAlternateLookup<ReadOnlySpan<char>>();

    // The cue words' last two letters: a definite word that ends as none of them is no cue, told without hashing it.
    private static readonly WordEndings Endings = WordEndings.Of(Words.Dictionary.Keys);

    // The first words (without the article) of the knowledge base's Arabic names of each entity, made once.
    private static readonly Lazy<FrozenDictionary<string, string[]>> KnownHeads = new(LoadKnownHeads);

    [ThreadStatic]
    private static List<(EntityRecord Entity, int Start, int End)>? s_named;

    /// <summary>Reads one token's normalised word.</summary>
    public delegate ReadOnlySpan<char> WordAt(int token);

    /// <summary>The entity and end token of the mention that starts at a token, or null.</summary>
    public delegate (EntityRecord Entity, int End)? MentionAt(int token);

    /// <summary>
    /// The mentions the document's earlier mentions resolve: for each token that names an entity again, the
    /// token, the end of the mention and the entity. <paramref name="isWord"/> says whether a token is a word.
    /// </summary>
    public static List<(int Token, int End, EntityRecord Entity)> Resolve(int tokens, WordAt word, Func<int, bool> isWord, MentionAt mentionAt)
    {
        var found = new List<(int, int, EntityRecord)>(0);
        // The mentions so far, the latest last: the entity and the tokens of its name there. One list a
        // thread, cleared per document, since every document fills one.
        var named = s_named ??= [];
        named.Clear();
        for (var t = 0; t < tokens; t++)
        {
            if (mentionAt(t) is { } mention)
            {
                var entity = mention.End - t == 1 && FamilyName(mention.Entity, word(t), named, word) is { } person ? person : mention.Entity;
                if (!ReferenceEquals(entity, mention.Entity))
                {
                    found.Add((t, mention.End, entity));
                }

                named.Add((entity, t, mention.End));
                t = mention.End - 1;
                continue;
            }

            if (!isWord(t) || Cue(word(t), out var stripped) is not (var cue and not CoreferenceCue.None)
                || (t + 1 < tokens && isWord(t + 1) && word(t + 1).StartsWith("ال", StringComparison.Ordinal) && mentionAt(t + 1) is null))
            {
                continue;
            }

            var key = word(t)[stripped..];
            if ((cue == CoreferenceCue.Country ? LastCountry(named) : LastHeaded(named, key, word)) is { } referent)
            {
                found.Add((t, t + 1, referent));
                named.Add((referent, t, t + 1));
            }
        }

        // The entities are the document's: none is kept past it.
        named.Clear();
        return found;
    }

    /// <summary>
    /// The kind of a word, read with the article behind at most one proclitic (الحركة، والحركة، بالحركة،
    /// للحركة); <paramref name="stripped"/> is where its stem starts. Read by hand rather than through every
    /// clitic reading: it runs on every word of every text.
    /// </summary>
    private static CoreferenceCue Cue(ReadOnlySpan<char> word, out int stripped)
    {
        stripped = word.StartsWith("ال", StringComparison.Ordinal) ? 2
            : word.Length > 3 && word[0] == 'ل' && word[1] == 'ل' ? 2
            : word.Length > 3 && word[0] is 'و' or 'ف' or 'ب' or 'ك' && word[1] == 'ا' && word[2] == 'ل' ? 3
            : 0;
        return stripped > 0 && word.Length - stripped >= ArabicClitics.MinStemLength && Endings.MayHoldReadingOf(word) && Words.TryGetValue(word[stripped..], out var cue)
            ? cue : CoreferenceCue.None;
    }

    // The last entity named whose name, in this text or in the knowledge base, begins with the head noun.
    private static EntityRecord? LastHeaded(List<(EntityRecord Entity, int Start, int End)> named, ReadOnlySpan<char> key, WordAt word)
    {
        for (var k = named.Count - 1; k >= 0; k--)
        {
            var (entity, start, end) = named[k];
            if (end - start > 1 && WithoutArticle(word(start)).SequenceEqual(key))
            {
                return entity;
            }

            if (KnownHeads.Value.TryGetValue(entity.Id, out var heads))
            {
                foreach (var head in heads)
                {
                    if (key.SequenceEqual(head))
                    {
                        return entity;
                    }
                }
            }
        }

        return null;
    }

    private static EntityRecord? LastCountry(List<(EntityRecord Entity, int Start, int End)> named)
    {
        for (var k = named.Count - 1; k >= 0; k--)
        {
            if (named[k].Entity.Type == EntityType.Country && named[k].Entity.Mentions.Any(static m => m.Form != MentionForms.Adjective))
            {
                return named[k].Entity;
            }
        }

        return null;
    }

    /// <summary>
    /// A one-word name of a person the recogniser did not know that is a word of the full name of a known
    /// person already named (the family name alone after the full name): that person.
    /// </summary>
    private static EntityRecord? FamilyName(EntityRecord entity, ReadOnlySpan<char> name, List<(EntityRecord Entity, int Start, int End)> named, WordAt word)
    {
        if (entity.Known || entity.Type != EntityType.Person)
        {
            return null;
        }

        for (var k = named.Count - 1; k >= 0; k--)
        {
            var (person, start, end) = named[k];
            if (!person.Known || person.Type != EntityType.Person || end - start < 2)
            {
                continue;
            }

            for (var t = start; t < end; t++)
            {
                if (word(t).SequenceEqual(name))
                {
                    return person;
                }
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) =>
        word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    private static FrozenDictionary<string, string[]> LoadKnownHeads()
    {
        var heads = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var entry in KnowledgeBase.Default.Entries)
        {
            var firsts = entry.Arabic.Select(static name => NameKey.Of(name)).Where(static key => key.Length > 1)
                .Select(static key => WithoutArticle(key[0]).ToString()).Distinct(StringComparer.Ordinal).ToArray();
            if (firsts.Length > 0)
            {
                heads[entry.Id] = firsts;
            }
        }

        return heads.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, CoreferenceCue> Load()
    {
        var words = new Dictionary<string, CoreferenceCue>(StringComparer.Ordinal);
        foreach (var row in RuleFile.Rows("Marsad.data.rules.event-coreference.tsv"))
        {
            var kind = Enum.Parse<CoreferenceCue>(row[1].Trim(), ignoreCase: true);
            if (NameKey.Of(row[0].Trim()) is not [var word] || !word.StartsWith("ال", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"event-coreference.tsv: '{row[0]}' is not one definite word");
            }

            words[word[2..]] = kind;
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
