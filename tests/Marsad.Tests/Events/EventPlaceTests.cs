using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Tests.Events;

/// <summary>Where an event happened (src/Marsad/Events/Places), one test per rule, on sentences of our own.</summary>
public sealed class EventPlaceTests
{
    private static readonly MarsadPipeline Pipeline = MarsadPipeline.CreateDefault();

    private static Analysis Analyze(string text) =>
        Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) });

    // The event the sentence reports: one only mentioned in passing (المحتجين as participants, a raid before an
    // arrest) is kept with the modality background beside it (issue 17) and is not the one asked about.
    private static bool Reported(EventRecord e, PloverType type) => e.Event == type && !e.Modality.Contains(EventModality.Background);

    private static EventRecord Single(string text, PloverType type) => Assert.Single(Analyze(text).Events, e => Reported(e, type));

    [Fact]
    public void A_place_behind_a_preposition_in_the_events_clause_is_where_it_happened()
    {
        var protest = Single("تظاهر مئات المحتجين في مدينة الموصل يوم الجمعة للمطالبة بتحسين الخدمات.", PloverType.Protest);
        Assert.NotNull(protest.Place);
        Assert.Equal(("place/mosul", "IRQ", PlacePrecision.Place), (protest.Place.Id, protest.Place.Country, protest.Place.Precision));
        Assert.NotNull(protest.Place.Lat);
        Assert.NotNull(protest.Place.GeoNames);
    }

    [Fact]
    public void The_clauses_own_place_wins_over_another_in_the_sentence()
    {
        var strike = Single("وقال مسؤول أمني في بيروت إن طائرات إسرائيلية قصفت منزلا في بلدة بنت جبيل فجر اليوم.", PloverType.Assault);
        Assert.Equal("place/bint-jbeil", strike.Place?.Id);
    }

    [Fact]
    public void With_no_place_in_its_sentence_an_event_is_placed_at_the_dateline()
    {
        var analysis = Analyze("نابلس - أ ف ب\nاعتقلت القوات الإسرائيلية خمسة شبان فجر اليوم بعد مداهمة منازلهم.");
        var arrest = Assert.Single(analysis.Events, e => Reported(e, PloverType.Coerce));
        Assert.Equal("place/nablus", arrest.Place?.Id);
        Assert.DoesNotContain("place/nablus", arrest.Actor);
    }

    [Fact]
    public void A_visit_that_names_only_the_country_visited_is_placed_at_its_capital()
    {
        var visit = Single("زار الرئيس التركي رجب طيب أردوغان روسيا يوم الأحد.", PloverType.Consult);
        Assert.Equal(("place/moscow", "RUS", PlacePrecision.Place), (visit.Place?.Id, visit.Place?.Country, visit.Place?.Precision));
    }

    [Fact]
    public void A_visit_to_a_seat_of_government_is_placed_at_its_country_s_capital()
    {
        var visit = Assert.Single(Analyze("يزور رئيس الوزراء الهندي البيت الأبيض الأسبوع المقبل لبحث التجارة.").Events, static e => e.Mode == "visit");
        Assert.Equal(("place/washington", "USA", PlacePrecision.Place), (visit.Place?.Id, visit.Place?.Country, visit.Place?.Precision));
    }

    [Fact]
    public void A_capital_standing_for_its_government_is_the_city()
    {
        var visit = Single("وصل رئيس الوزراء العراقي إلى أنقرة في زيارة رسمية تستمر يومين.", PloverType.Consult);
        Assert.Equal(("place/ankara", PlacePrecision.Place), (visit.Place?.Id, visit.Place?.Precision));
    }

    [Fact]
    public void A_country_gives_country_precision_never_a_building_or_town()
    {
        var attacks = Analyze("قتل عشرة أشخاص على الأقل في هجوم انتحاري استهدف سوقا شعبية في أفغانستان أمس.").Events.Where(static e => e.Event == PloverType.Assault).ToList();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, static attack =>
        {
            Assert.Equal(("AFG", "AFG", PlacePrecision.Country), (attack.Place?.Id, attack.Place?.Country, attack.Place?.Precision));
            Assert.Null(attack.Place?.GeoNames);
            Assert.NotNull(attack.Place?.Lat);
        });
    }

    [Fact]
    public void A_first_level_region_gives_admin1_precision()
    {
        var attack = Single("شن الجيش العراقي هجوما على مواقع للمسلحين في الأنبار أمس.", PloverType.Assault);
        Assert.Equal(("place/anbar", PlacePrecision.Admin1), (attack.Place?.Id, attack.Place?.Precision));
    }

    [Fact]
    public void A_sea_area_is_a_place_with_its_point()
    {
        var attack = Single("هاجم الحوثيون سفينة تجارية في البحر الأحمر أمس.", PloverType.Assault);
        Assert.Equal(("place/red-sea", PlacePrecision.Place), (attack.Place?.Id, attack.Place?.Precision));
        Assert.NotNull(attack.Place?.Lat);
        Assert.Null(attack.Place?.GeoNames);
    }

    [Theory]
    [InlineData("سقطت قذائف على بلدات في ريف حلب الشمالي ليل الأحد.", "place/aleppo")]
    [InlineData("قصفت المدفعية قرى في ريف محافظة حماة صباح اليوم.", "place/sy-10-region")]
    public void A_direction_the_recogniser_took_for_an_unknown_place_gives_way_to_the_place_it_is_part_of(string text, string expected)
    {
        var attack = Single(text, PloverType.Assault);
        Assert.Equal(expected, attack.Place?.Id);
    }

    [Fact]
    public void A_place_the_knowledge_base_lacks_gives_way_to_the_known_place_it_lies_in()
    {
        var blast = Single("انفجرت سيارة مفخخة في سوق شعبي بمدينة الصدر في بغداد مساء أمس.", PloverType.Assault);
        Assert.Equal("place/baghdad", blast.Place?.Id);
        Assert.NotNull(blast.Place?.Lat);
    }

    [Fact]
    public void A_place_named_as_a_group_of_states_is_a_side_not_a_setting()
    {
        var welcome = Single("رحبت مصر ودول الخليج بالاتفاق الجديد بين الطرفين.", PloverType.Support);
        Assert.Null(welcome.Place);
    }

    [Theory]
    [InlineData("طرابلس - قالت وزارة الداخلية الليبية إن مسلحين هاجموا مقرا حكوميا في طرابلس أمس. وأضافت الوزارة الليبية أن التحقيق جار.", "place/tripoli-libya")]
    [InlineData("قال مصدر أمني لبناني إن مسلحين هاجموا حاجزا للجيش في طرابلس أمس. وأضاف المصدر اللبناني أن التحقيق جار.", "place/tripoli-lebanon")]
    public void A_town_with_a_namesake_abroad_is_the_one_in_the_articles_country(string text, string expected)
    {
        var attack = Assert.Single(Analyze(text).Events, e => e.Event == PloverType.Assault);
        Assert.Equal(expected, attack.Place?.Id);
    }

    [Fact]
    public void An_event_whose_text_names_no_place_has_none()
    {
        var e = Single("أدانت فرنسا بشدة الهجوم على الصحفيين.", PloverType.Accuse);
        Assert.Null(e.Place);
    }
}
