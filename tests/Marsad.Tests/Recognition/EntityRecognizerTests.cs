using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Tests.Recognition;

/// <summary>One test per resolution rule of <see cref="EntityRecognizer"/>, on real sentences and the real knowledge base.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new(EntityGazetteer.Build(KnowledgeBase.Default));

    private static ImmutableArrayOfEntities Recognize(string text, string? date = "2025-11-06") =>
        new(Recognizer.Recognize(TextAnalysis.Create(text), date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), text);

    [Theory]
    [InlineData("وصل الوفد إلى المغرب أمس.", "المغرب")]
    [InlineData("وقعت الإمارات والمغرب اتفاقا.", "المغرب")]
    [InlineData("عاد الوزير بالمغرب بعد أسبوع.", "المغرب")]
    [InlineData("قدمت فرنسا مساعدات للمغرب.", "للمغرب")]
    public void A_name_is_found_through_its_clitics(string sentence, string mentionText)
    {
        var mention = Recognize(sentence).MentionsOf("MAR").Single();
        Assert.Equal(mentionText, mention.Text);
        Assert.Equal("name", mention.Form);
    }

    [Fact]
    public void The_longest_name_wins()
    {
        var entities = Recognize("زار الرئيس الإمارات العربية المتحدة ثم روسيا القيصرية في كتاب التاريخ.");
        Assert.Equal("الإمارات العربية المتحدة", entities.MentionsOf("ARE").Single().Text);
        Assert.Equal("روسيا القيصرية", entities.MentionsOf("country/russian-empire").Single().Text);
        Assert.Empty(entities.MentionsOf("RUS"));
    }

    [Theory]
    [InlineData("قالت الحكومة الإسرائيلية إن", "الإسرائيلية")]
    [InlineData("عبر آلاف الإسرائيليين الحدود", "الإسرائيليين")]
    [InlineData("نفى مسؤولون إسرائيليون ذلك", "إسرائيليون")]
    public void A_nisba_adjective_in_any_inflection_names_its_country(string sentence, string adjective)
    {
        var mention = Recognize(sentence).MentionsOf("ISR").Single();
        Assert.Equal(adjective, mention.Text);
        Assert.Equal("adjective", mention.Form);
    }

    [Theory]
    [InlineData("2025-11-06", "person/donald-trump")]
    [InlineData("2022-05-01", "person/joe-biden")]
    [InlineData("2019-05-01", "person/donald-trump")]
    public void A_role_resolves_to_the_holder_on_the_date(string date, string holder)
    {
        var entities = Recognize("وقال الرئيس الأمريكي إن المفاوضات ستستمر.", date);
        var mention = entities.MentionsOf(holder).Single();
        Assert.Equal("الرئيس الأمريكي", mention.Text);
        Assert.Equal("role", mention.Form);
        Assert.Equal("adjective", entities.MentionsOf("USA").Single().Form);
    }

    [Fact]
    public void A_role_is_not_resolved_without_a_date() =>
        Assert.DoesNotContain(Recognize("وقال الرئيس الأمريكي إن المفاوضات ستستمر.", null).Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void A_former_holder_is_not_the_current_one() =>
        Assert.DoesNotContain(Recognize("وقال الرئيس الأمريكي السابق إن المفاوضات فشلت.").Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void A_name_after_a_title_is_the_person_the_title_speaks_of()
    {
        var entities = Recognize("وقال الرئيس الأمريكي السابق جو بايدن إن المفاوضات فشلت.");
        var biden = entities.Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal("person/joe-biden", biden.Id);
        Assert.Equal(["role", "name"], biden.Mentions.Select(m => m.Form));
    }

    [Fact]
    public void A_title_around_an_adjective_and_a_title_before_a_country_name_are_roles()
    {
        // Several US special envoys served in 2025, so the title alone does not say which: the name does.
        var entities = Recognize("والتقى المبعوث الأمريكي الخاص ستيف ويتكوف برئيس كازاخستان في البيت الأبيض.");
        Assert.Equal(["المبعوث الأمريكي الخاص", "ستيف ويتكوف"], entities.MentionsOf("person/steve-witkoff").Select(m => m.Text));
        Assert.Equal("رئيس كازاخستان", entities.MentionsOf("person/kassym-jomart-tokayev").Single().Text);
    }

    [Fact]
    public void A_title_of_an_organisation_resolves_to_its_holder_on_the_date()
    {
        var entities = Recognize("ودعا الأمين العام للأمم المتحدة الأطراف إلى ضبط النفس.");
        Assert.Equal("الأمين العام للأمم المتحدة", entities.MentionsOf("person/antonio-guterres").Single().Text);
        Assert.Equal("للأمم المتحدة", entities.MentionsOf("org/united-nations").Single().Text);
        // Before his term the title names the holder of the time.
        Assert.Single(Recognize("ودعا الأمين العام للأمم المتحدة الأطراف إلى ضبط النفس.", "2010-05-01").MentionsOf("person/ban-ki-moon"));
    }

    [Fact]
    public void A_title_before_an_organisation_whose_officers_are_not_listed_is_no_role() =>
        Assert.DoesNotContain(Recognize("وقال الأمين العام لنقابة الصحفيين إن الإضراب مستمر.").Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void An_institution_takes_its_country_from_the_adjective_after_it()
    {
        var entities = Recognize("وأدانت وزارة الخارجية الإيرانية الهجوم.");
        var ministry = entities.Entities.Single(e => e.Type == EntityType.Organization);
        Assert.Equal("IRN", ministry.Country);
        Assert.Equal("GOV", ministry.Sector);
        Assert.Equal("وزارة الخارجية الإيرانية", ministry.Mentions.Single().Text);
    }

    [Fact]
    public void A_capital_is_the_government_as_a_subject_and_the_city_after_a_preposition()
    {
        var subject = Recognize("وأعلنت واشنطن فرض عقوبات جديدة.");
        Assert.Equal("metonym", subject.MentionsOf("USA").Single().Form);
        var place = Recognize("ووصل الوفد إلى واشنطن مساء الأحد.");
        Assert.Empty(place.MentionsOf("USA"));
        Assert.Contains(place.Entities, e => e.Type == EntityType.Location && e.Mentions.Single().Text == "واشنطن");
    }

    [Fact]
    public void A_seat_of_government_is_a_metonym_of_its_institution()
    {
        var whiteHouse = Recognize("وقال البيت الأبيض في بيان إن").Entities.Single();
        Assert.Equal((EntityType.Organization, "USA", "GOV"), (whiteHouse.Type, whiteHouse.Country, whiteHouse.Sector));
        Assert.Equal("metonym", whiteHouse.Mentions.Single().Form);
    }

    [Theory]
    [InlineData("وطالب الأكراد في شمال العراق بإجراء استفتاء.", "group/kurds")]
    [InlineData("وشارك آلاف الشيعة في إحياء ذكرى عاشوراء.", "group/shia")]
    [InlineData("ويعيش البدو في صحراء النقب منذ قرون.", "group/bedouin")]
    public void A_community_is_named_as_a_people_is_in_the_adjective_form(string sentence, string id)
    {
        var mention = Recognize(sentence).MentionsOf(id).Single();
        Assert.Equal("adjective", mention.Form);
    }

    [Fact]
    public void A_compass_region_is_the_place_it_lies_in_but_a_country_named_so_is_the_country()
    {
        Assert.Equal("لبنان", Recognize("وقصفت الطائرات جنوب لبنان أمس.").MentionsOf("LBN").Single().Text);
        Assert.Equal("جنوب أفريقيا", Recognize("وزار الوفد جنوب أفريقيا أمس.").MentionsOf("ZAF").Single().Text);
    }

    [Theory]
    [InlineData("وصل الحجاج إلى مكة المكرمة.", "مكة")]
    [InlineData("وقالت الولايات المتحدة الأمريكية إن", "الولايات المتحدة الأمريكية")]
    [InlineData("ووقعت دولة قطر الاتفاق.", "قطر")]
    public void A_generic_head_and_an_epithet_stay_out_of_a_places_mention(string sentence, string mention) =>
        Assert.Contains(Recognize(sentence).Entities.SelectMany(e => e.Mentions), m => m.Text == mention && m.Form == "name");

    [Fact]
    public void A_place_whose_name_is_an_ordinary_word_needs_a_preposition()
    {
        Assert.Contains(Recognize("وسقطت قذيفة في صور أمس.").Entities, e => e.Type == EntityType.Location);
        Assert.DoesNotContain(Recognize("ونشر الجيش صور الدمار.").Entities, e => e.Type == EntityType.Location);
    }

    [Fact]
    public void A_body_whose_name_is_an_ordinary_word_needs_a_reporting_verb_or_preposition()
    {
        Assert.Single(Recognize("وقالت الجزيرة إن الاشتباكات مستمرة.").MentionsOf("org/al-jazeera"));
        Assert.Single(Recognize("وأكد في حديث للجزيرة أن الحوار مستمر.").MentionsOf("org/al-jazeera"));
        Assert.Empty(Recognize("وتقع الجزيرة العربية بين البحر الأحمر والخليج.").MentionsOf("org/al-jazeera"));
    }

    [Fact]
    public void A_known_person_named_in_full_may_be_called_by_the_last_word_later()
    {
        var entities = Recognize("فاز نجيب محفوظ بجائزة نوبل. وكتب محفوظ رواياته في القاهرة.");
        Assert.Equal(["نجيب محفوظ", "محفوظ"], entities.MentionsOf("person/naguib-mahfouz").Select(m => m.Text));
        Assert.Empty(Recognize("وكتب محفوظ رواياته في القاهرة.").MentionsOf("person/naguib-mahfouz"));
    }

    [Fact]
    public void A_head_that_says_what_kind_of_body_follows_is_left_out_of_a_known_name()
    {
        // A definite head, or a paper's or company's, is not part of the name even where the rest is not listed alone.
        Assert.Equal("الأهلي", Recognize("وأصدر النادي الأهلي بيانا رسميا.").MentionsOf("org/al-ahly-sc").Single().Text);
        // But a nationality alone after it is the name: المفوضية الأوروبية.
        Assert.Contains(Recognize("وقالت المفوضية الأوروبية إن الخطة جاهزة.").Entities.SelectMany(e => e.Mentions), m => m.Text == "المفوضية الأوروبية");
    }

    [Fact]
    public void A_nationality_after_a_bodys_name_is_left_out_unless_its_own_name_ends_with_it()
    {
        var mentions = Recognize("وأعلن حزب الله اللبناني مسؤوليته عن الهجوم.").Entities.Where(e => e.Type is EntityType.Group or EntityType.Organization).SelectMany(e => e.Mentions);
        Assert.Equal("حزب الله", Assert.Single(mentions, m => m.Form == "name").Text);
    }

    [Theory]
    [InlineData("وأقاموا مستوطناتهم على ضفتي نهر النيجر.", "النيجر")]
    [InlineData("وتوغلت القوات في قطاع غزة أمس.", "غزة")]
    [InlineData("ووصلت القوافل إلى بلاد الشام.", "الشام")]
    public void A_places_generic_head_is_left_out_before_a_places_name(string sentence, string mention) =>
        Assert.Contains(Recognize(sentence).Entities.Where(e => e.Type is EntityType.Location or EntityType.Country).SelectMany(e => e.Mentions), m => m.Text == mention && m.Form == "name");

    [Fact]
    public void A_region_whose_name_is_an_ordinary_word_needs_a_preposition() =>
        Assert.DoesNotContain(Recognize("وعلى الصعيد الدولي رحبت الدول بالاتفاق.").Entities, e => e.Id == "place/upper-egypt");

    /// <summary>The recogniser's output with lookups for the assertions.</summary>
    private sealed record ImmutableArrayOfEntities(IReadOnlyList<EntityRecord> Entities, string Text)
    {
        public Mention[] MentionsOf(string id) => [.. Entities.SingleOrDefault(e => e.Id == id)?.Mentions ?? []];
    }
}
