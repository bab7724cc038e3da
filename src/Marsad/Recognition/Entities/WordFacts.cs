using System.Collections.Frozen;
using Marsad.Knowledge;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// What the entity rules ask of one normalised word, kept under that word so that one lookup answers
/// them all: where it leads in each trie as the first word of a key, and which word lists hold it.
/// </summary>
/// <remarks>
/// Hashing a word costs about 20 ns whatever the table, and a large table's memory adds to that; the rules
/// asked each word of ten tables (<see cref="WordTable{TFacts}"/>).
/// </remarks>
internal sealed class WordFacts
{
    public TokenTrie<NameTarget>.Node? Name { get; set; }

    public TokenTrie<KbTitle>.Node? Title { get; set; }

    public TokenTrie<KbInstitution>.Node? Institution { get; set; }

    public TokenTrie<GivenName>.Node? GivenName { get; set; }

    /// <summary>In data/rules/name-stopwords.txt.</summary>
    public bool IsStopword { get; set; }

    /// <summary>In data/rules/common-words.txt before its dual-use list.</summary>
    public bool IsCommon { get; set; }

    /// <summary>In the dual-use list of data/rules/common-words.txt.</summary>
    public bool IsDualUse { get; set; }

    /// <summary>An organisation head that is part of the name it starts (span "in" in org-heads.tsv).</summary>
    public bool IsOrgHeadInName { get; set; }

    /// <summary>An organisation head that starts a proper name (mode "name" in org-heads.tsv).</summary>
    public bool IsNameOrgHead { get; set; }

    /// <summary>The sector a name-mode organisation head implies, if it decides one.</summary>
    public string? OrgHeadSector { get; set; }

    /// <summary>In data/rules/place-heads.txt (محافظة، ولاية…); asked by the tagger's features, not the rules.</summary>
    public bool IsPlaceHead { get; set; }

    /// <summary>A one-word person cue of data/rules/person-cues.tsv; asked by the tagger's features, not the rules.</summary>
    public bool IsPersonCue { get; set; }

    /// <summary>The last word of a person cue of data/rules/person-cues.tsv (<see cref="NameLexicon.CueLastWords"/>).</summary>
    public bool IsCueLastWord { get; set; }

    /// <summary>The country whose masculine singular nisba this word is (اسرائيلي → ISR).</summary>
    public KbEntry? Adjective { get; set; }

    /// <summary>The country whose nisba this word is in another inflection, by <see cref="ArabicNisba.TryGetBase"/> (الاسرائيليه → ISR).</summary>
    public KbEntry? InflectedAdjective { get; set; }

    /// <summary>
    /// The entity rules' table: the first words of the names, titles, institutions and given names, the
    /// stopwords, common and dual-use words, the organisation heads and every inflection of every nisba.
    /// </summary>
    public static WordTable<WordFacts> Table(EntityGazetteer gazetteer)
    {
        var table = new WordTable<WordFacts>();
        var lexicon = gazetteer.Lexicon;
        foreach (var (word, node) in gazetteer.Names.Root.Children)
        {
            table.Facts(word).Name = node;
        }

        foreach (var (word, node) in gazetteer.Titles.Root.Children)
        {
            table.Facts(word).Title = node;
        }

        foreach (var (word, node) in gazetteer.Institutions.Root.Children)
        {
            table.Facts(word).Institution = node;
        }

        foreach (var (word, node) in lexicon.GivenNames.Root.Children)
        {
            table.Facts(word).GivenName = node;
        }

        Mark(table, lexicon.Stopwords, static f => f.IsStopword = true);
        Mark(table, lexicon.CommonWords, static f => f.IsCommon = true);
        Mark(table, lexicon.DualUseWords, static f => f.IsDualUse = true);
        Mark(table, lexicon.OrgHeadsInName, static f => f.IsOrgHeadInName = true);
        Mark(table, lexicon.PlaceHeads, static f => f.IsPlaceHead = true);
        Mark(table, lexicon.CueLastWords, static f => f.IsCueLastWord = true);
        foreach (var cue in lexicon.Cues.Keys.Where(static c => !c.Contains(' ', StringComparison.Ordinal)))
        {
            table.Facts(cue).IsPersonCue = true;
        }

        foreach (var (head, sector) in lexicon.OrgHeads)
        {
            var facts = table.Facts(head);
            facts.IsNameOrgHead = true;
            facts.OrgHeadSector = sector;
        }

        foreach (var (adjective, country) in gazetteer.Adjectives)
        {
            table.Facts(adjective).Adjective = country;
            foreach (var form in NisbaForms(adjective))
            {
                table.Facts(form).InflectedAdjective = country;
            }
        }

        return table.Freeze();
    }

    /// <summary>
    /// Every word whose nisba base (<see cref="ArabicNisba.TryGetBase"/>) is <paramref name="masculineSingular"/>:
    /// the base with or without the article and with each inflection, each checked against TryGetBase itself,
    /// so the table holds exactly the words that reach the base.
    /// </summary>
    private static List<string> NisbaForms(string masculineSingular)
    {
        var forms = new List<string>();
        if (!masculineSingular.EndsWith('ي'))
        {
            return forms;
        }

        foreach (var article in (ReadOnlySpan<string>)["", "ال"])
        {
            foreach (var inflection in ArabicNisba.Inflections)
            {
                var form = article + masculineSingular + inflection;
                if (ArabicNisba.TryGetBase(form, out var found) && found.SequenceEqual(masculineSingular))
                {
                    forms.Add(form);
                }
            }
        }

        return forms;
    }

    private static void Mark(WordTable<WordFacts> table, FrozenSet<string> words, Action<WordFacts> mark)
    {
        foreach (var word in words)
        {
            mark(table.Facts(word));
        }
    }
}
