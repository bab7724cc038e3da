using System.Collections.Frozen;
using System.Collections.Immutable;
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
/// Runs once over the tokens before the scan reads sides, so every rule sees the entity, not the word.
/// </summary>
internal sealed class Coreference
{
    private static readonly FrozenDictionary<string, CoreferenceCue> Words = Load();

    private readonly ImmutableArray<EntityRecord> _entities;

    // The first words (without the article) of each entity's names, in the text and in the knowledge base;
    // built at the first anaphor, since most texts have none.
    private Dictionary<string, HashSet<string>>? _heads;

    public Coreference(ImmutableArray<EntityRecord> entities) => _entities = entities;

    /// <summary>Reads one token's normalised word.</summary>
    public delegate ReadOnlySpan<char> WordAt(int token);

    /// <summary>
    /// The mentions the document's earlier mentions resolve: for each token that names an entity again, the
    /// token, the end of the mention and the entity. <paramref name="mentionAt"/> gives the entity and end of
    /// the mention that starts at a token (or null); <paramref name="isWord"/> whether a token is a word.
    /// </summary>
    public List<(int Token, int End, EntityRecord Entity)> Resolve(int tokens, WordAt word, Func<int, bool> isWord, Func<int, (EntityRecord Entity, int End)?> mentionAt)
    {
        var found = new List<(int, int, EntityRecord)>();
        // The entities named so far, the latest last, by id (an entity moves to the end when named again).
        var named = new List<EntityRecord>();
        for (var t = 0; t < tokens; t++)
        {
            if (mentionAt(t) is { } mention)
            {
                var entity = FamilyName(mention.Entity, mention.End - t, named) ?? mention.Entity;
                if (!ReferenceEquals(entity, mention.Entity))
                {
                    found.Add((t, mention.End, entity));
                }

                Named(named, entity);
                t = mention.End - 1;
                continue;
            }

            if (!isWord(t) || Cue(word(t), out var key) is not (var cue and not CoreferenceCue.None)
                || (t + 1 < tokens && isWord(t + 1) && word(t + 1).StartsWith("ال", StringComparison.Ordinal) && mentionAt(t + 1) is null))
            {
                continue;
            }

            if ((cue == CoreferenceCue.Country ? LastCountry(named) : LastHeaded(named, key)) is { } referent)
            {
                found.Add((t, t + 1, referent));
                Named(named, referent);
            }
        }

        return found;
    }

    private static void Named(List<EntityRecord> named, EntityRecord entity)
    {
        named.RemoveAll(e => e.Id == entity.Id);
        named.Add(entity);
    }

    /// <summary>The kind of a word, read as written or through its proclitics, and its key without the article.</summary>
    private static CoreferenceCue Cue(ReadOnlySpan<char> word, out string key)
    {
        key = string.Empty;
        if (word.Length < 4 || word.IndexOf("ال", StringComparison.Ordinal) is < 0 or > 2)
        {
            return CoreferenceCue.None;
        }

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = ArabicClitics.GetReadings(word, readings);
        for (var r = 0; r < count; r++)
        {
            if (!readings[r].HasArticle)
            {
                continue;
            }

            var stem = readings[r].Stem(word).ToString();
            if (Words.TryGetValue(stem, out var cue))
            {
                key = stem;
                return cue;
            }
        }

        return CoreferenceCue.None;
    }

    // The last entity named whose name begins with the head noun (the last country for a country noun).
    private EntityRecord? LastHeaded(List<EntityRecord> named, string key)
    {
        _heads ??= Heads(_entities);
        for (var k = named.Count - 1; k >= 0; k--)
        {
            if (_heads.TryGetValue(named[k].Id, out var heads) && heads.Contains(key))
            {
                return named[k];
            }
        }

        return null;
    }

    private static EntityRecord? LastCountry(List<EntityRecord> named)
    {
        for (var k = named.Count - 1; k >= 0; k--)
        {
            if (named[k].Type == "COUNTRY" && named[k].Mentions.Any(static m => m.Form != MentionForms.Adjective))
            {
                return named[k];
            }
        }

        return null;
    }

    /// <summary>
    /// A one-word name of a person the recogniser did not know that is a word of the full name of a known
    /// person already named (the family name alone after the full name): that person.
    /// </summary>
    private static EntityRecord? FamilyName(EntityRecord entity, int words, List<EntityRecord> named)
    {
        if (entity.Known || entity.Type != "PERSON" || words != 1 || entity.Mentions.IsEmpty)
        {
            return null;
        }

        var name = NameKey.Of(entity.Mentions[0].Text);
        if (name.Length != 1)
        {
            return null;
        }

        for (var k = named.Count - 1; k >= 0; k--)
        {
            if (named[k] is { Known: true, Type: "PERSON" } person
                && person.Mentions.Any(m => m.Form == MentionForms.Name && NameKey.Of(m.Text) is { Length: > 1 } full && full.Contains(name[0])))
            {
                return person;
            }
        }

        return null;
    }

    private static Dictionary<string, HashSet<string>> Heads(ImmutableArray<EntityRecord> entities)
    {
        var heads = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var names = entity.Mentions.Where(static m => m.Form != MentionForms.Adjective).Select(static m => m.Text);
            if (KnowledgeBase.Default.ById.TryGetValue(entity.Id, out var entry))
            {
                names = names.Concat(entry.Arabic);
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (NameKey.Of(name) is [var first, _, ..])
                {
                    set.Add(first.StartsWith("ال", StringComparison.Ordinal) ? first[2..] : first);
                }
            }

            heads[entity.Id] = set;
        }

        return heads;
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
