using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>Place heads, facilities named after people, organisations named after places, and places named by common nouns, in the entity layer, on our own sentences.</summary>
public sealed class EntityLayerPlaceTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
    private static readonly EntityRecognizer Rules = new(Gazetteer);
    private static readonly EntityLayer Layer = new(Rules, Gazetteer, null, propagate: false);

    private static int At(TextAnalysis text, string word) => text.Tokens.Select((t, i) => (t, i)).First(p => p.t.Span.Slice(text.Text) == word).i;

    /// <summary>The shipped layer's entities (rules, the shipped tagger, propagation) as id → mention texts.</summary>
    private static Dictionary<string, string[]> Analyze(string text) =>
        new EntityLayer(Rules, Gazetteer, new NerTagger(NerModel.Default!, Gazetteer)).Recognize(TextAnalysis.Create(text), new DateOnly(2026, 3, 1))
            .ToDictionary(static e => e.Id, static e => e.Mentions.Select(static m => m.Text).ToArray(), StringComparer.Ordinal);

    /// <summary>ريف (countryside) says what kind of place follows, as محافظة does: it is never a place of its own.</summary>
    [Fact]
    public void The_countryside_head_is_not_a_place_of_its_own()
    {
        var entities = Analyze("قصفت الطائرات قرى في ريف إدلب الجنوبي فجر اليوم، ونزحت عائلات من ريف إدلب نحو الحدود.");
        Assert.DoesNotContain(entities.Keys, static id => id.Contains("ريف", StringComparison.Ordinal));
        Assert.Equal(["إدلب", "إدلب"], entities["place/idlib"]);
    }

    [Theory]
    [InlineData("تقدمت القوات في ريف كارامبولا الشمالي.", "ريف")]
    [InlineData("انتشرت الدوريات وريف كارامبولا هادئ.", "وريف")]
    public void A_place_chunk_that_is_a_head_alone_is_dropped(string sentence, string head)
    {
        var text = TextAnalysis.Create(sentence);
        var entities = Layer.Combine(text, [], ImmutableArray.Create(new TaggedSpan(At(text, head), At(text, head) + 1, NerType.Loc)));
        Assert.Empty(entities);
    }

    /// <summary>An airport or a hospital named after a person is a place; the person did nothing there.</summary>
    [Theory]
    [InlineData("هبطت الطائرة في مطار بن غوريون قرب تل أبيب بعد رحلة قصيرة.", "مطار بن غوريون")]
    [InlineData("أغلقت السلطات مطار بن غوريون أمام الرحلات الدولية.", "مطار بن غوريون")]
    [InlineData("هبطت الطائرة بمطار بن غوريون مساء أمس.", "مطار بن غوريون")]
    public void A_person_named_after_a_facility_head_is_the_facility(string sentence, string facility)
    {
        var entities = Layer.Recognize(TextAnalysis.Create(sentence), null);
        Assert.DoesNotContain(entities, static e => e.Id == "person/david-ben-gurion");
        var place = Assert.Single(entities, static e => e.Type == EntityType.Location && !e.Known && e.Name.Contains("غوريون", StringComparison.Ordinal));
        Assert.Equal(facility, Assert.Single(place.Mentions).Text);
    }

    [Fact]
    public void A_person_with_no_facility_head_before_the_name_stays_the_person()
    {
        var entities = Layer.Recognize(TextAnalysis.Create("كتب بن غوريون في مذكراته أن الحرب كانت قريبة."), null);
        Assert.Contains(entities, static e => e.Id == "person/david-ben-gurion");
    }

    /// <summary>سُجن (was jailed) is written as سجن (prison): a head that is also a verb is not a facility head.</summary>
    [Fact]
    public void A_name_after_a_verb_that_looks_like_a_facility_stays_a_person()
    {
        var text = TextAnalysis.Create("سجن أحمد الفرجاني عامين بعد المحاكمة.");
        var entities = Layer.Combine(text, [], ImmutableArray.Create(new TaggedSpan(At(text, "أحمد"), At(text, "الفرجاني") + 1, NerType.Pers)));
        Assert.Equal(EntityType.Person, Assert.Single(entities).Type);
    }

    /// <summary>A tagger organisation that holds a known place and more words (a company named after its country) takes the place's mention.</summary>
    [Fact]
    public void An_organisation_chunk_holding_a_known_place_takes_its_mention()
    {
        var text = TextAnalysis.Create("وقعت قطر للملاحة البحرية عقدا جديدا مع شركة يابانية.");
        var rules = Rules.Recognize(text, null);
        Assert.Contains(rules, static e => e.Id == "QAT" && e.Mentions.Any(static m => m.Text == "قطر"));
        var entities = Layer.Combine(text, rules, ImmutableArray.Create(new TaggedSpan(At(text, "قطر"), At(text, "البحرية") + 1, NerType.Org)));
        Assert.DoesNotContain(entities, static e => e.Id == "QAT" && e.Mentions.Any(static m => m.Form == MentionForms.Name));
        Assert.Equal("قطر للملاحة البحرية", Assert.Single(entities, static e => e.Type == EntityType.Organization).Mentions.Single().Text);
    }

    /// <summary>An organisation chunk over exactly a known place (the club for its city) leaves the place alone: held-out, the place is right more often.</summary>
    [Fact]
    public void An_organisation_chunk_over_exactly_a_known_place_leaves_the_place()
    {
        var text = TextAnalysis.Create("سافر الوفد إلى قطر أمس.");
        var rules = Rules.Recognize(text, null);
        var entities = Layer.Combine(text, rules, ImmutableArray.Create(new TaggedSpan(At(text, "قطر"), At(text, "قطر") + 1, NerType.Org)));
        Assert.Contains(entities, static e => e.Id == "QAT");
        Assert.DoesNotContain(entities, static e => e.Type == EntityType.Organization);
    }

    /// <summary>
    /// A long text where a place comes hundreds of times (the merge finds each chunk's mentions by its own
    /// tokens): each organisation chunk takes exactly the place mention it holds, and every other stays.
    /// </summary>
    [Fact]
    public void Organisation_chunks_take_only_the_place_mentions_they_hold_in_a_long_text()
    {
        const int Repeats = 300;
        var text = TextAnalysis.Create(string.Concat(Enumerable.Repeat("وقعت قطر للملاحة البحرية عقدا جديدا. وسافر الوفد إلى قطر أمس. ", Repeats)));
        var rules = Rules.Recognize(text, null);
        var words = text.Tokens.Select(t => t.Span.Slice(text.Text).ToString()).ToArray();
        var chunks = Enumerable.Range(0, words.Length).Where(i => words[i] == "قطر" && words[i + 1] == "للملاحة").Select(static i => new TaggedSpan(i, i + 3, NerType.Org));
        var entities = Layer.Combine(text, rules, [.. chunks]);
        var places = Assert.Single(entities, static e => e.Id == "QAT").Mentions.Where(static m => m.Form == MentionForms.Name).ToList();
        Assert.Equal(Repeats, places.Count);
        Assert.All(places, m => Assert.Equal("إلى", words[TokenRange.Of(text.Tokens, m.Span).First - 1]));
        var company = Assert.Single(entities, static e => e.Type == EntityType.Organization);
        Assert.Equal(Repeats, company.Mentions.Length);
        Assert.All(company.Mentions, static m => Assert.Equal("قطر للملاحة البحرية", m.Text));
    }

    /// <summary>
    /// A place whose name is first of all a common noun (data/rules/common-noun-places.txt: بركان a volcano
    /// or Berkane, الزاوية a corner or Zawiya) is not taken after a mere preposition.
    /// </summary>
    [Theory]
    [InlineData("ثار بركان في جزيرة نائية أمس، وغطت الحمم القرى المجاورة.")]
    [InlineData("سقط متسلق في بركان خامد خلال رحلة استكشافية.")]
    [InlineData("حذر العلماء من أن ثوران بركان كبير قد يغير المناخ.")]
    [InlineData("وقف الرجل في الزاوية ينتظر دوره بصبر.")]
    [InlineData("جلس الشيوخ في الزاوية بعد صلاة العصر يقرؤون الأوراد.")]
    [InlineData("وضع المدرب الكرة في الزاوية قبل تنفيذ الركلة.")]
    public void A_common_noun_that_names_a_place_too_is_not_the_place_after_a_preposition(string sentence) =>
        Assert.DoesNotContain(Analyze(sentence).Keys, static id => id.StartsWith("place/", StringComparison.Ordinal));

    /// <summary>The same places where the text speaks of a place: a head, the country's adjective, the country named before.</summary>
    [Theory]
    [InlineData("احتفل الجمهور في مدينة بركان بفوز الفريق المحلي.", "place/berkane")]
    [InlineData("وصل الوزير إلى بركان المغربية في زيارة رسمية.", "place/berkane")]
    [InlineData("أعلنت السلطات المغربية افتتاح مستشفى جديد في بركان.", "place/berkane")]
    [InlineData("اندلعت اشتباكات في مدينة الزاوية أمس.", "place/zawiya")]
    [InlineData("قال مسؤول ليبي إن اشتباكات اندلعت في الزاوية صباح اليوم.", "place/zawiya")]
    public void A_common_noun_that_names_a_place_is_the_place_where_the_text_speaks_of_one(string sentence, string place) =>
        Assert.Contains(place, Analyze(sentence).Keys);

    /// <summary>Once the text has named the place, its later bare mentions are the place too.</summary>
    [Fact]
    public void A_later_mention_of_a_common_noun_place_already_named_is_the_place()
    {
        var entities = Analyze("اندلعت اشتباكات في مدينة الزاوية أمس. وقال سكان إن الزاوية شهدت نزوح مئات الأسر.");
        Assert.Equal(["الزاوية", "الزاوية"], entities["place/zawiya"]);
    }
}
