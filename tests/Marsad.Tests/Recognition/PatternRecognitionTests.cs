using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Tests.Recognition;

/// <summary>People and organisations the knowledge base does not know, found by pattern: one test per rule.</summary>
public sealed class PatternRecognitionTests
{
    private static readonly EntityRecognizer Recognizer = new(EntityGazetteer.Build(KnowledgeBase.Default));

    private static EntityRecord[] Unknown(string text) =>
        [.. Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6)).Where(e => !e.Known)];

    private static string[] Names(string text) => [.. Unknown(text).SelectMany(e => e.Mentions).Where(m => m.Form == "name").Select(m => m.Text)];

    [Fact]
    public void A_given_name_starts_a_name_and_one_family_name_ends_it()
    {
        // People no knowledge base lists: the pattern alone must find them.
        Assert.Equal(["محمد أبو الورداني"], Names("وأكد اللاعب محمد أبو الورداني أنه سيبقى مع النادي."));
        Assert.Equal(["كوندوليزا برايتمان"], Names("وقالت كوندوليزا برايتمان تجاوز الحدود."));
    }

    [Fact]
    public void A_particle_joins_a_compound_given_name()
    {
        Assert.Equal(["خالد بن عبد الرحيم الزعبلاوي"], Names("وقاد خالد بن عبد الرحيم الزعبلاوي الوفد إلى المؤتمر."));
    }

    [Fact]
    public void A_lone_given_name_needs_a_cue_and_an_ambiguous_one_a_title()
    {
        Assert.Empty(Names("وحضر محمد الاجتماع."));
        Assert.Equal(["سعيد"], Names("وقال الدكتور سعيد إن النتائج مشجعة."));
        Assert.Empty(Names("وكان يوما سعيد للجميع."));
    }

    [Fact]
    public void A_title_cue_with_a_nationality_gives_the_person_a_country_and_sector()
    {
        var person = Assert.Single(Unknown("وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا."));
        Assert.Equal("دان غيلرمان", person.Mentions.Single(m => m.Form == "name").Text);
        Assert.Equal("ISR", person.Country);
    }

    [Fact]
    public void A_family_name_alone_later_is_the_same_person()
    {
        var person = Assert.Single(Unknown("وقال المتحدث شون ماكورماك إن الوزيرة ستزور المنطقة. وأضاف ماكورماك أن الزيارة مهمة."));
        Assert.Equal(["شون ماكورماك", "ماكورماك"], person.Mentions.Select(m => m.Text));
        Assert.False(person.Known);
    }

    [Fact]
    public void A_function_word_behind_a_clitic_is_not_a_name()
    {
        Assert.Empty(Names("وصرح رئيس الحكومة اللبنانية بأن الحوار مستمر."));
    }

    [Fact]
    public void An_indefinite_head_noun_and_a_proper_name_make_an_organisation()
    {
        var company = Assert.Single(Unknown("وأعلنت شركة زينوفاكس زيادة أرباحها."));
        Assert.Equal((EntityType.Organization, "BUS", "زينوفاكس"), (company.Type, company.Sector, company.Mentions.Single().Text));
        Assert.Empty(Unknown("وقدرت وزارة السياحة الخسائر بمليون دولار."));
    }

    [Fact]
    public void A_known_persons_short_name_that_is_an_ordinary_word_needs_support()
    {
        var lion = Recognizer.Recognize(TextAnalysis.Create("وزأر الأسد في حديقة الحيوان."), new DateOnly(2025, 11, 6));
        Assert.DoesNotContain(lion, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void After_a_reporting_verb_an_unknown_word_before_the_speech_is_the_speaker()
    {
        Assert.Equal(["هولمغرين"], Names("وأضاف هولمغرين أن الفريق مستعد للمباراة."));
        Assert.Equal(["تورفالدسون"], Names("وأوضح تورفالدسون مدير المعهد أن الأسعار سترتفع."));
        // Not an ordinary word under an inflection, nor one word after a feminine verb (a paper, a city).
        Assert.Empty(Names("وقال متمردون إن الهجوم بدأ فجرا."));
        Assert.Empty(Names("وقالت تايمز إن الحكومة ستستقيل."));
    }

    [Fact]
    public void A_nationality_standing_as_a_noun_introduces_a_name()
    {
        Assert.Equal(["كزافييه ماليس"], Names("وفاز نادال على البلجيكي كزافييه ماليس في الدور الأول."));
        Assert.Equal(["تياغو"], Names("وسجل الهدف الثاني والبرتغالي تياغو في الدقيقة 55."));
        // After a noun the adjective describes it: the army, not "the Israeli".
        Assert.Empty(Names("وتقدمت قوة من الجيش الإسرائيلي مدعومة بالدبابات."));
    }

    [Fact]
    public void A_chain_of_particles_joins_the_name_and_a_name_never_ends_on_one()
    {
        Assert.Equal(["راشد بن سعيد بن حمدان آل فلاح"], Names("واستقبل الشيخ راشد بن سعيد بن حمدان آل فلاح الوفد الزائر."));
        Assert.Equal(["خالد بن أبي ربيعة"], Names("ومن شعر خالد بن أبي ربيعة قصائد كثيرة."));
    }

    [Fact]
    public void Abd_and_a_divine_name_with_the_article_are_one_given_name()
    {
        Assert.Equal(["محمود عبد الصبور"], Names("وأكد اللاعب محمود عبد الصبور أنه جاهز للمباراة."));
    }

    [Fact]
    public void A_foreign_given_name_takes_two_family_names_but_not_a_word_of_the_sentence()
    {
        Assert.Equal(["جان مارك دو لا غرانج"], Names("وقدم السفير جان مارك دو لا غرانج مشروع القرار."));
        Assert.Equal(["جوليان ماركيزي"], Names("وفاز الفرنسي جوليان ماركيزي بفارق كبير."));
    }

    [Fact]
    public void A_nisba_after_a_kunya_or_a_bare_nisba_after_a_given_name_is_a_family_name()
    {
        Assert.Equal(["أبو خالد المصري"], Names("وخطب أبو خالد المصري في المصلين."));
        // The nisba alone later is still an adjective, not the person.
        Assert.Equal(["أبو خالد المصري"], Names("وخطب أبو خالد المصري في المصلين. وقال المسؤول المصري إن الوضع هادئ."));
    }

    [Fact]
    public void An_ambiguous_given_name_before_a_given_name_starts_a_name()
    {
        Assert.Equal(["نبيل عبد المنعم"], Names("ويخرج المسلسل نبيل عبد المنعم هذا العام."));
        // A verb that is also a name (وعد) stays a verb.
        Assert.DoesNotContain("ووعد خالد جمعة", Names("ووعد خالد جمعة الجماهير بالفوز."));
    }

    [Fact]
    public void A_family_name_is_not_a_word_of_the_sentence_under_an_inflection_or_a_preposition()
    {
        Assert.Equal(["أحمد زكريا"], Names("وأنقذ الحارس أحمد زكريا فريقه من الخسارة."));
        Assert.Equal(["خالد جمعة"], Names("وأكد المدرب خالد جمعة أن الفريق جاهز."));
    }

    [Fact]
    public void A_head_that_is_part_of_the_name_stays_in_the_mention_and_one_that_says_what_kind_does_not()
    {
        Assert.Equal(["جامعة زيلاندوف"], Names("وتخرج في جامعة زيلاندوف عام 1990."));
        Assert.Equal(["زينوفاكس"], Names("وأعلنت شركة زينوفاكس زيادة أرباحها."));
        var known = Recognizer.Recognize(TextAnalysis.Create("وفاز حزب المؤتمر الشعبي العام بأغلبية المقاعد."), new DateOnly(2025, 11, 6));
        Assert.Contains(known, e => e.Type == EntityType.Organization && e.Known && e.Mentions.Any(m => m.Text == "حزب المؤتمر الشعبي العام"));
    }

    [Fact]
    public void An_adjective_or_a_word_behind_a_preposition_is_not_an_organisations_name()
    {
        Assert.Empty(Unknown("وأعلنت الشرطة تفكيك منظمة إجرامية في المدينة."));
        Assert.Empty(Unknown("وشارك في تأسيس اتحاد للناشرين العرب."));
    }

    [Fact]
    public void A_city_in_a_sports_context_is_its_club()
    {
        static (EntityType Type, string Text)[] Named(string text) =>
            [.. Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6))
                .SelectMany(e => e.Mentions.Where(m => m.Form is "name" or "metonym").Select(m => (e.Type, m.Text)))];

        // A masculine nationality adjective: the city would take the feminine.
        Assert.Contains((EntityType.Organization, "ليون"), Named("وحقق ليون الفرنسي فوزه الثاني على التوالي."));
        Assert.Contains((EntityType.Location, "ليون"), Named("وتقع ليون الفرنسية على نهر الرون."));
        // A word of sport before it, or a country in brackets after it as in result tables.
        Assert.Contains((EntityType.Organization, "ليفربول"), Named("وتصدى حارس مرمى ليفربول للكرة."));
        Assert.Contains((EntityType.Organization, "بورتو"), Named("أرسنال ( إنجلترا ) - بورتو ( البرتغال ) 2 - 1"));
        // After a locative preposition it is the city.
        Assert.DoesNotContain(Named("وعقد المؤتمر في برشلونة ( إسبانيا ) أمس."), n => n.Type == EntityType.Organization);
    }

    [Fact]
    public void A_city_in_a_sentence_of_sports_news_is_its_club_unless_a_locative_word_places_it()
    {
        static (EntityType Type, string Text)[] Named(string text) =>
            [.. Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6))
                .SelectMany(e => e.Mentions.Where(m => m.Form is "name" or "metonym").Select(m => (e.Type, m.Text)))];

        // A word only sport uses (مباراة) anywhere in the sentence: the city beside no cue is the club.
        Assert.Contains((EntityType.Organization, "مانشستر"), Named("وخسر مانشستر بثلاثة أهداف في مباراة مثيرة مساء السبت."));
        // Two words of sport that have other senses too (تعادل، هدف).
        Assert.Contains((EntityType.Organization, "إشبيلية"), Named("تعادل إشبيلية بهدف لمثله مع ضيفه."));
        // One shared word is not enough: فاز is also an election's.
        Assert.DoesNotContain(Named("وفاز المرشح المحافظ بمقعد مدريد في الانتخابات."), n => n.Type == EntityType.Organization);
        // Words of sport whose other sense is of war (مدافع guns, أهداف targets) do not make an attack's report sports news.
        Assert.DoesNotContain(Named("وتعرضت حمص لقصف مدافع الهاون الذي أصاب أهدافا مدنية."), n => n.Type == EntityType.Organization);
        // A locative word keeps the city, sport or not.
        Assert.Contains((EntityType.Location, "ميلانو"), Named("وتقام المباراة النهائية في ميلانو يوم الأحد."));
        // A dateline is where the report was filed, whatever it is about.
        Assert.DoesNotContain(Named("برشلونة – بحث الوزيران التحضير لكأس العالم المقبلة."), n => n.Type == EntityType.Organization);
        // No sport in the sentence: the city.
        Assert.Contains((EntityType.Location, "مانشستر"), Named("وشهدت مانشستر أمطارا غزيرة أغرقت الشوارع."));
        // A known place's club is a body of its own, not the city's knowledge-base entry.
        var entities = Recognizer.Recognize(TextAnalysis.Create("وخسر مانشستر المباراة أمام جمهوره."), new DateOnly(2025, 11, 6));
        Assert.DoesNotContain(entities, e => e.Known && e.Mentions.Any(m => m.Text == "مانشستر"));
    }

    [Fact]
    public void A_place_alone_between_quotation_marks_is_a_title_not_the_place()
    {
        var quoted = Recognizer.Recognize(TextAnalysis.Create("وقال الوزير لصحيفة « الخليج » إن المحادثات مستمرة."), new DateOnly(2025, 11, 6));
        Assert.Contains(quoted, e => e.Type == EntityType.Organization && !e.Known && e.Mentions.Any(m => m.Text == "الخليج"));
        Assert.DoesNotContain(quoted, e => e.Type == EntityType.Location);
        var bare = Recognizer.Recognize(TextAnalysis.Create("وهبت رياح قوية على مياه الخليج أمس."), new DateOnly(2025, 11, 6));
        Assert.DoesNotContain(bare, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_building_or_a_place_after_a_kind_head_is_not_an_organisation()
    {
        // A church or a hospital is a building, not a body.
        Assert.Empty(Unknown("وأقيم القداس في كنيسة مار زيلانوس أمس."));
        // A channel's or an exchange's head before a place: the place is the mention, and a place.
        var entities = Recognizer.Recognize(TextAnalysis.Create("وقال مسؤول في تلفزيون دبي إن البرنامج سيعرض قريبا."), new DateOnly(2025, 11, 6));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Type == EntityType.Location && e.Mentions.Any(m => m.Text == "دبي"));
    }

    [Fact]
    public void A_maker_before_a_model_number_is_a_product()
    {
        var entities = Recognizer.Recognize(TextAnalysis.Create("وسقطت طائرة من طراز بوينغ 737 قرب المطار."), new DateOnly(2025, 11, 6));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void The_body_a_title_heads_is_not_a_name()
    {
        Assert.Empty(Names("وقال رئيس كتلة المستقبل إن الحوار مستمر."));
        Assert.Empty(Names("وأعلن نائب وزير خارجيتها استعداد بلاده للحوار."));
    }
}
