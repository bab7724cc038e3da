using System.Collections.Frozen;
using Marsad.Knowledge;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>How surely a word of data/rules/sports-words.tsv marks a sentence as sports news.</summary>
internal enum SportsWordKind
{
    /// <summary>A word news uses only of sport (مباراة، الدوري): one is enough.</summary>
    Sport,

    /// <summary>A word of sport with another sense in news (فاز، فريق، هدف): two are needed.</summary>
    Shared,
}

/// <summary>The kinds of word that introduce or link a person's name (data/rules/person-cues.tsv).</summary>
internal enum CueKind
{
    Honorific,
    Title,
    Occupation,
    Verb,
    Particle,
}

/// <summary>
/// The lexicons behind names found by pattern: given names (data/kb/given-names.tsv), person cues
/// (data/rules/person-cues.tsv, plus the knowledge base's role titles), words that never belong to a
/// name (data/rules/name-stopwords.txt). All keys normalised; loaded once, read-only.
/// </summary>
/// <summary>A given name of the lexicon: whether it is also an ordinary word, and whether it is of a foreign tradition (western, african, asian).</summary>
internal sealed record GivenName(bool Ambiguous, bool Foreign);

internal sealed class NameLexicon
{
    private NameLexicon(TokenTrie<GivenName> givenNames, FrozenDictionary<string, CueKind> cues, FrozenDictionary<string, string> titleSectors, FrozenSet<string> stopwords, FrozenSet<string> placeHeads, FrozenSet<string> commonWords, FrozenSet<string> dualUseWords, FrozenDictionary<string, string?> orgHeads)
    {
        PlaceHeads = placeHeads;
        CommonWords = commonWords;
        DualUseWords = dualUseWords;
        OrgHeads = orgHeads;
        GivenNames = givenNames;
        Cues = cues;
        TitleSectors = titleSectors;
        Stopwords = stopwords;
        LongestCue = cues.Keys.Max(static k => k.Count(static c => c == ' ') + 1);
        CueLastWords = cues.Keys.Select(static k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>An ordinary word, itself or behind a proclitic (بمشاركة، للزمالك، وتابع): a common word, or a stopword after a proclitic.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        var common = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var stopwords = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var reading in ArabicClitics.Readings(word))
        {
            var stem = reading.Stem(word);
            if (common.Contains(stem) || (reading.Stripped > 0 && stopwords.Contains(stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of every cue phrase: a word that is none ends no cue, so no longer phrase need be tried.</summary>
    public FrozenSet<string> CueLastWords { get; }

    /// <summary>Given names as token sequences (عبد الله is two), each marked ambiguous when also a common word.</summary>
    public TokenTrie<GivenName> GivenNames { get; }

    /// <summary>Cue phrases (normalised, tokens joined by one space) and their kind.</summary>
    public FrozenDictionary<string, CueKind> Cues { get; }

    /// <summary>The sector a cue phrase that is a knowledge-base title implies (الوزير → GOV).</summary>
    public FrozenDictionary<string, string> TitleSectors { get; }

    public FrozenSet<string> Stopwords { get; }

    /// <summary>Ordinary words of news that never continue a name (data/rules/common-words.txt).</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>Words that are as often ordinary words as names (الأسد، عون، صور): the end of common-words.txt.</summary>
    public FrozenSet<string> DualUseWords { get; }

    /// <summary>
    /// Head nouns that start an organisation's proper name (شركة، جامعة، حزب), with the sector they imply
    /// (null where the head does not decide it); data/rules/org-heads.tsv, mode "name" only.
    /// </summary>
    public FrozenDictionary<string, string?> OrgHeads { get; }

    /// <summary>Compass words that make a region of a place (data/rules/direction-words.txt).</summary>
    public FrozenSet<string> DirectionWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Words that put the name after them in a place (في، قرب، شمالي), data/rules/locative-words.txt.</summary>
    public FrozenSet<string> LocativeWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Words after a title that make its holder a former one (السابق), data/rules/former-words.txt.</summary>
    public FrozenSet<string> FormerWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Every organisation head noun of org-heads.tsv, whatever its mode, for trimming known names.</summary>
    public FrozenSet<string> OrgHeadWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words between a speaker's name and what they said (إن، أن، أمس; data/rules/speech-markers.txt):
    /// after a reporting verb they mark the words before them as the speaker's name.
    /// </summary>
    public FrozenSet<string> SpeechMarkers { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Reporting verbs in the feminine (قالت، أضافت), whose subject is as often a paper or a body as a woman.</summary>
    public FrozenSet<string> FeminineVerbs { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Organisation heads that are part of the name they start (جامعة القاهرة، منظمة أوبك): span "in" in org-heads.tsv.</summary>
    public FrozenSet<string> OrgHeadsInName { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Words of sport after which a city stands for its club (مرمى، صفوف، لاعب; data/rules/club-cues.txt).</summary>
    public FrozenSet<string> ClubCues { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Words of sports news by kind (data/rules/sports-words.tsv): a known city in a sentence of sport names its club.</summary>
    public FrozenDictionary<string, SportsWordKind> SportsWords { get; private init; } = FrozenDictionary<string, SportsWordKind>.Empty;

    /// <summary>Heads of facilities named after people (مطار، شارع، مستشفى), data/rules/facility-heads.txt: a person's name after one names the facility.</summary>
    public FrozenSet<string> FacilityHeads { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Place names that are first of all common nouns (data/rules/common-noun-places.txt): the place needs a place's context.</summary>
    public FrozenSet<string> CommonNounPlaces { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Generic heads before place names (دولة، مدينة), data/rules/place-heads.txt.</summary>
    public FrozenSet<string> PlaceHeads { get; }

    /// <summary>The most tokens a cue phrase has.</summary>
    public int LongestCue { get; }

    public static NameLexicon Load(KnowledgeBase kb)
    {
        var givenNames = new TokenTrie<GivenName>();
        foreach (var fields in RuleFile.Rows("Marsad.data.kb.given-names.tsv"))
        {
            var foreign = fields.Length > 2 && fields[2].Trim() is "western" or "african" or "asian";
            givenNames.Add(NameKey.Of(fields[0]), new GivenName(fields.Length > 3 && fields[3] == "1", foreign));
        }

        var cues = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        var feminineVerbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fields in RuleFile.Rows("Marsad.data.rules.person-cues.tsv"))
        {
            if (fields.Length > 1 && Enum.TryParse<CueKind>(fields[1], ignoreCase: true, out var kind))
            {
                cues.TryAdd(Phrase(fields[0]), kind);
                if (kind == CueKind.Verb && fields.Length > 2 && fields[2].Split(';')[0].Trim() is "perfect f" or "imperfect f")
                {
                    feminineVerbs.Add(Phrase(fields[0]));
                }
            }
        }

        var sectors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var title in kb.Titles)
        {
            foreach (var form in title.Arabic)
            {
                var phrase = Phrase(form);
                cues.TryAdd(phrase, CueKind.Title);
                sectors.TryAdd(phrase, title.Sector);
            }
        }

        var stopwords = OrdinaryWords.Stopwords;
        var placeHeads = Words("Marsad.data.rules.place-heads.txt");

        // The list ends with words that are also names (أمين، فارس); those are not ordinary words.
        var commonWords = OrdinaryWords.Common;
        var dualUse = OrdinaryWords.DualUse;
        var orgHeads = new Dictionary<string, string?>(StringComparer.Ordinal);
        var orgHeadWords = new HashSet<string>(StringComparer.Ordinal);
        var headsInName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fields in RuleFile.Rows("Marsad.data.rules.org-heads.tsv"))
        {
            orgHeadWords.Add(ArabicNormalizer.Normalize(fields[0].Trim()));
            if (fields.Length > 3 && fields[3].Trim() == "in")
            {
                headsInName.Add(ArabicNormalizer.Normalize(fields[0].Trim()));
            }

            if (fields.Length > 2 && fields[2].Trim() == "name")
            {
                orgHeads.TryAdd(ArabicNormalizer.Normalize(fields[0].Trim()), fields[1].Trim() is "-" or "" ? null : fields[1].Trim());
            }
        }

        return new NameLexicon(
            givenNames, cues.ToFrozenDictionary(StringComparer.Ordinal), sectors.ToFrozenDictionary(StringComparer.Ordinal),
            stopwords, placeHeads, commonWords, dualUse, orgHeads.ToFrozenDictionary(StringComparer.Ordinal))
        {
            OrgHeadWords = orgHeadWords.ToFrozenSet(StringComparer.Ordinal),
            OrgHeadsInName = headsInName.ToFrozenSet(StringComparer.Ordinal),
            DirectionWords = Words("Marsad.data.rules.direction-words.txt"),
            LocativeWords = Words("Marsad.data.rules.locative-words.txt"),
            FormerWords = Words("Marsad.data.rules.former-words.txt"),
            SpeechMarkers = Words("Marsad.data.rules.speech-markers.txt"),
            FacilityHeads = Words("Marsad.data.rules.facility-heads.txt"),
            CommonNounPlaces = Words("Marsad.data.rules.common-noun-places.txt"),
            ClubCues = RuleFile.Rows("Marsad.data.rules.club-cues.txt").Select(static f => Phrase(f[0].Trim())).ToFrozenSet(StringComparer.Ordinal),
            FeminineVerbs = feminineVerbs.ToFrozenSet(StringComparer.Ordinal),
            SportsWords = RuleFile.Rows("Marsad.data.rules.sports-words.tsv").Where(static f => f.Length > 1)
                .ToFrozenDictionary(static f => ArabicNormalizer.Normalize(f[0].Trim()), static f => Enum.Parse<SportsWordKind>(f[1].Trim(), ignoreCase: true), StringComparer.Ordinal),
        };
    }

    /// <summary>A phrase as cue keys hold it: normalised tokens joined by one space.</summary>
    public static string Phrase(string text) => string.Join(' ', NameKey.Of(text));

    private static FrozenSet<string> Words(string resource) =>
        RuleFile.Rows(resource).Select(f => ArabicNormalizer.Normalize(f[0].Trim())).ToFrozenSet(StringComparer.Ordinal);
}
