using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// An entry a name leads to, and how that name names it (name, metonym, adjective). A one-word name that
/// is also an ordinary word (صور "pictures", مالي "financial") needs context before it is taken; a place
/// whose name is first of all a common noun (<see cref="CommonNoun"/>: بركان a volcano) needs a place's.
/// </summary>
internal sealed record NameTarget(KbEntry Entry, string Form, bool NeedsContext = false, bool CommonNoun = false);

/// <summary>
/// The knowledge base compiled for matching: tries of names, role titles and institution phrases keyed
/// by <see cref="NameKey"/>, and the nisba adjectives of countries. Built once per knowledge base; read-only.
/// </summary>
public sealed class EntityGazetteer
{
    private EntityGazetteer(KnowledgeBase kb)
    {
        KnowledgeBase = kb;
    }

    public KnowledgeBase KnowledgeBase { get; }

    internal TokenTrie<NameTarget> Names { get; } = new();

    /// <summary>Given names, person cues and stopwords, for people found by pattern.</summary>
    internal NameLexicon Lexicon { get; private init; } = null!;

    internal TokenTrie<KbTitle> Titles { get; } = new();

    internal TokenTrie<KbInstitution> Institutions { get; } = new();

    /// <summary>Every word the rules look up, with what each table says of it: one lookup per word, not one per table.</summary>
    internal WordTable<WordFacts> Words { get; private set; } = null!;

    /// <summary>Places sharing an Arabic name with a place elsewhere (<see cref="PlaceNamesakes"/>), by id.</summary>
    internal FrozenDictionary<string, ImmutableArray<KbEntry>> Namesakes { get; private set; } = FrozenDictionary<string, ImmutableArray<KbEntry>>.Empty;

    /// <summary>Masculine singular nisba (normalised, no article) → its country; ambiguous ones left out.</summary>
    internal FrozenDictionary<string, KbEntry> Adjectives { get; private set; } = FrozenDictionary<string, KbEntry>.Empty;

    public static EntityGazetteer Build(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var gazetteer = new EntityGazetteer(kb) { Lexicon = NameLexicon.Load(kb) };
        var adjectives = new Dictionary<string, KbEntry?>(StringComparer.Ordinal);
        foreach (var entry in kb.Entries)
        {
            // A generic actor (المتظاهرون) describes rather than names: like a title, a role.
            // A community (الأكراد، الشيعة) is named as a people is (الفلسطينيون): by what its members are, not by a
            // proper name, so its mentions take the adjective form, as a nisba's do.
            var nameForm = entry.IsMetonym ? MentionForms.Metonym
                : entry.Kind == "generic" ? MentionForms.Role
                : entry.Kind == "community" ? MentionForms.Adjective
                : MentionForms.Name;
            foreach (var name in entry.Arabic.Concat(entry.Latin))
            {
                foreach (var key in NameKey.Variants(name))
                {
                    var commonNoun = entry.Type == EntityType.Location && key.Length == 1 && gazetteer.Lexicon.CommonNounPlaces.Contains(key[0]);
                    var needsContext = commonNoun || entry.Ambiguous.Contains(name) || (entry.Kind != "generic" && gazetteer.IsOrdinaryWord(key));
                    gazetteer.Names.Add(key, new NameTarget(entry, nameForm, needsContext, commonNoun));
                }
            }

            foreach (var metonym in entry.Metonyms)
            {
                var key = NameKey.Of(metonym);
                gazetteer.Names.Add(key, new NameTarget(entry, MentionForms.Metonym, gazetteer.IsOrdinaryWord(key)));
            }

            foreach (var demonym in entry.Demonyms)
            {
                gazetteer.Names.Add(NameKey.Of(demonym), new NameTarget(entry, MentionForms.Adjective));
            }

            foreach (var adjective in entry.Adjectives)
            {
                var key = ArabicNormalizer.Normalize(adjective);
                // Two countries sharing an adjective (كوري) cannot be told apart by it: neither gets it.
                adjectives[key] = adjectives.TryGetValue(key, out var other) && other != entry ? null : entry;
            }
        }

        // A title or institution is definite before an adjective (الرئيس الأمريكي) and indefinite in
        // idafa (رئيس كازاخستان), and a country always follows, so both forms are keys.
        foreach (var title in kb.Titles)
        {
            foreach (var form in title.Arabic)
            {
                foreach (var key in WithAndWithoutArticle(NameKey.Of(form)))
                {
                    gazetteer.Titles.Add(key, title);
                }
            }
        }

        foreach (var institution in kb.Institutions)
        {
            foreach (var form in institution.Arabic)
            {
                foreach (var key in WithAndWithoutArticle(NameKey.Of(form)))
                {
                    gazetteer.Institutions.Add(key, institution);
                }
            }
        }

        gazetteer.Adjectives = adjectives.Where(a => a.Value is not null).ToFrozenDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal);
        gazetteer.Namesakes = PlaceNamesakes.Of(kb);
        gazetteer.Words = WordFacts.Table(gazetteer);
        return gazetteer;
    }

    private static IEnumerable<string[]> WithAndWithoutArticle(string[] key)
    {
        yield return key;
        if (key.Length == 0)
        {
            yield break;
        }

        var first = key[0];
        var other = first.StartsWith("ال", StringComparison.Ordinal) && first.Length > 3 ? first[2..] : "ال" + first;
        yield return [other, .. key[1..]];
    }

    /// <summary>A one-word key that is an ordinary word of news, in common-words.txt or its dual-use list.</summary>
    private bool IsOrdinaryWord(string[] key) =>
        key.Length == 1 && (Lexicon.CommonWords.Contains(key[0]) || Lexicon.DualUseWords.Contains(key[0]));

    /// <summary>The country a word names as a nisba adjective in any inflection (الإسرائيلية → ISR), if any.</summary>
    /// <remarks>Each clitic reading in turn, the first that is a nisba itself or in an inflection; one lookup per reading (<see cref="WordTable{TFacts}"/>).</remarks>
    internal KbEntry? CountryOfAdjective(ReadOnlySpan<char> normalizedWord)
    {
        foreach (var reading in ArabicClitics.Readings(normalizedWord))
        {
            if (Words.Find(reading.Stem(normalizedWord)) is { } facts && (facts.Adjective ?? facts.InflectedAdjective) is { } country)
            {
                return country;
            }
        }

        return null;
    }
}

/// <summary>The values of a mention's <c>form</c>, as DESIGN.md defines them.</summary>
public static class MentionForms
{
    public const string Name = "name";
    public const string Adjective = "adjective";
    public const string Role = "role";
    public const string Metonym = "metonym";
}
