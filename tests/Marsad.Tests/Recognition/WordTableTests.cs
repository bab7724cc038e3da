using CsCheck;
using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Tests.Support;
using Marsad.Tests.Text;
using Marsad.Text;

namespace Marsad.Tests.Recognition;

/// <summary>
/// The word table answers in one lookup what the entity rules used to ask of each trie and word list
/// apart; it must answer exactly as they do, for every clitic reading of every word: on real news
/// words, on the tables' own words with clitics on them, and on random strings.
/// </summary>
public sealed class WordTableTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);

    private static readonly string[] Proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "لل", "ولل", "بال", "وال"];

    public static TheoryData<string> SeedWords()
    {
        var data = new TheoryData<string>();
        foreach (var word in File.ReadAllText(TestFiles.SeedArticle).Split([' ', '\n', '،', '.'], StringSplitOptions.RemoveEmptyEntries).Distinct().Take(400))
        {
            data.Add(word);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedWords))]
    public void On_the_words_of_a_news_article_the_table_answers_as_the_tables_do(string word) => AssertSameAnswers(word);

    [Fact]
    public void On_the_tables_own_words_with_proclitics_the_table_answers_as_the_tables_do()
    {
        var lexicon = Gazetteer.Lexicon;
        var words = Gazetteer.Names.Root.Children.Select(c => c.Key).Take(3000)
            .Concat(Gazetteer.Titles.Root.Children.Select(c => c.Key))
            .Concat(Gazetteer.Institutions.Root.Children.Select(c => c.Key))
            .Concat(lexicon.GivenNames.Root.Children.Select(c => c.Key).Take(1000))
            .Concat(lexicon.Stopwords).Concat(lexicon.DualUseWords).Concat(lexicon.OrgHeads.Keys).Concat(lexicon.OrgHeadsInName)
            .Concat(lexicon.CommonWords.Take(2000))
            .Concat(Gazetteer.Adjectives.Keys.SelectMany(a => new[] { a, "ال" + a, a + "ه", "ال" + a + "ه", a + "ين", "ال" + a + "ون", a + "ات", a + "تين", a[..^1] + "ه" }))
            .ToArray();
        foreach (var word in words)
        {
            // An article word behind ل loses its alef (للأمم): the key is found with the article restored.
            var elided = word.StartsWith("ال", StringComparison.Ordinal) ? "لل" + word[2..] : null;
            foreach (var proclitic in Proclitics)
            {
                AssertSameAnswers(proclitic + word);
            }

            if (elided is not null)
            {
                AssertSameAnswers(elided);
                AssertSameAnswers("و" + elided);
            }
        }
    }

    [Fact]
    public void On_random_strings_the_table_answers_as_the_tables_do() =>
        RandomText.Mixed.Sample(text =>
        {
            var analysis = TextAnalysis.Create(text);
            foreach (var token in analysis.Tokens)
            {
                AssertSameAnswers(token.NormalizedIn(analysis.Normalized).ToString());
            }
        }, iter: 2000, seed: "0N0XIzNsQ0O2");

    /// <summary>The facts of a word in a table of random words: the word itself, so a lookup shows what it found.</summary>
    private sealed class Box
    {
        public string? Word { get; set; }
    }

    [Fact]
    public void A_table_finds_every_word_added_and_no_other() =>
        Gen.Select(Gen.String[0, 12].Array[0, 3000], Gen.String[0, 12].Array[0, 300]).Sample((added, others) =>
        {
            var table = new WordTable<Box>();
            foreach (var word in added)
            {
                table.Facts(word).Word = word;
            }

            table.Freeze();
            Assert.All(added, word => Assert.Equal(word, table.Find(word)?.Word));
            Assert.All(others.Where(o => !added.Contains(o)), other => Assert.Null(table.Find(other)));
            Assert.All(added, word => Assert.Equal("ال" + word, table.FindWithArticle(word)?.Word ?? "ال" + word));
        }, iter: 200, seed: "0N0XIzNsQ0O2");

    [Theory]
    [InlineData("والسعودية", "السعوديه")] // و + a name with its article: the stripped reading is a name's first word
    [InlineData("للأمم", "الامم")] // ل + ال written لل: the key has the article restored
    [InlineData("بكازاخستان", "كازاخستان")]
    public void A_word_behind_its_proclitics_reaches_the_name_it_starts(string word, string key)
    {
        var facts = FactsOf(ArabicNormalizer.Normalize(word));
        var readings = Enumerable.Range(0, facts.Count).Select(r => facts.Readings[r]).ToArray();
        Assert.Contains(readings, r => r.Key?.Name is not null && Gazetteer.Names.Root.TryGetChild(key, out var node) && node == r.Key.Name);
    }

    [Theory]
    [InlineData("في", true, false)]
    [InlineData("المفاوضات", false, true)]
    public void The_whole_word_carries_its_word_lists(string word, bool stopword, bool common)
    {
        var whole = FactsOf(ArabicNormalizer.Normalize(word)).Whole;
        Assert.NotNull(whole);
        Assert.Equal(stopword, whole.IsStopword);
        Assert.Equal(common, whole.IsCommon);
    }

    private static TokenFacts FactsOf(string normalizedWord)
    {
        using var window = new TokenFactsWindow(Gazetteer.Words);
        return window.Get(0, normalizedWord);
    }

    /// <summary>The country of a nisba as it was found before the table: each reading, itself or by its base.</summary>
    private static KbEntry? CountryOfAdjectiveByItsTables(string word)
    {
        foreach (var reading in ArabicClitics.Readings(word))
        {
            var stem = reading.Stem(word).ToString();
            if (Gazetteer.Adjectives.TryGetValue(stem, out var country)
                || (ArabicNisba.TryGetBase(stem, out var singular) && Gazetteer.Adjectives.TryGetValue(singular.ToString(), out country)))
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>What the table says of a word, against what each trie and word list says on its own.</summary>
    private static void AssertSameAnswers(string word)
    {
        var facts = FactsOf(word);
        Assert.Same(CountryOfAdjectiveByItsTables(word), Gazetteer.CountryOfAdjective(word));
        Assert.Same(CountryOfAdjectiveByItsTables(word), facts.Country);
        var lexicon = Gazetteer.Lexicon;
        Assert.Equal(lexicon.Stopwords.Contains(word), facts.Whole?.IsStopword ?? false);
        Assert.Equal(lexicon.CommonWords.Contains(word), facts.Whole?.IsCommon ?? false);
        Assert.Equal(lexicon.DualUseWords.Contains(word), facts.Whole?.IsDualUse ?? false);

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = NameKey.FirstWordKeys(word, readings);
        Assert.Equal(count, facts.Count);
        for (var r = 0; r < count; r++)
        {
            var reading = readings[r];
            var found = facts.Readings[r];
            Assert.Equal(reading, found.Reading);
            var stem = reading.Stem(word).ToString();
            Assert.Equal(lexicon.OrgHeadsInName.Contains(stem), found.Stem?.IsOrgHeadInName ?? false);
            Assert.Equal(lexicon.OrgHeads.TryGetValue(stem, out var sector), found.Stem?.IsNameOrgHead ?? false);
            Assert.Equal(sector, found.Stem?.OrgHeadSector);
            Assert.Equal(lexicon.Stopwords.Contains(stem), found.Stem?.IsStopword ?? false);
            Assert.Same(First(Gazetteer.Names, word, reading), found.Key?.Name);
            Assert.Same(First(Gazetteer.Titles, word, reading), found.Key?.Title);
            Assert.Same(First(Gazetteer.Institutions, word, reading), found.Key?.Institution);
            Assert.Same(First(lexicon.GivenNames, word, reading), found.Key?.GivenName);
        }
    }

    private static TokenTrie<T>.Node? First<T>(TokenTrie<T> trie, string word, CliticReading reading) =>
        NameKey.TryFirst(trie.Root, word, reading, out var node) ? node : null;
}
