using System.Collections.Immutable;
using Marsad.Events.Merging;
using Marsad.Model;
using Marsad.Output;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// One event, however many sentences tell it (issue 17, item 2): on paragraphs we wrote, a later sentence that
/// only elaborates an event told before is merged into it, its sentence kept as provenance in
/// <c>supports</c>; a sentence that tells another occurrence (its own actor and place, or an old event) is not.
/// </summary>
public sealed class EventMergingTests
{
    private const string StudentProtest =
        "بيروت – تظاهر مئات الطلاب، صباح الثلاثاء، أمام مبنى وزارة التربية في بيروت احتجاجا على رفع رسوم التسجيل في الجامعة اللبنانية. "
        + "وردد المحتجون هتافات تطالب باستقالة الوزير، ورفعوا لافتات كتب عليها \"التعليم حق للجميع\". "
        + "واعتقلت قوى الأمن خمسة من المتظاهرين بعد محاولتهم دخول المبنى.";

    private static Analysis On(string text) => DecisionCases.Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 3, 4) });

    [Fact]
    public void What_the_protesters_chanted_is_more_of_the_protest_told_before()
    {
        var analysis = On(StudentProtest);
        var protest = Assert.Single(analysis.Events, static e => e.Event == PloverType.Protest);
        Assert.Equal(0, protest.Sentence);
        Assert.Contains(protest.Supports, static s => s.Sentence == 1 && s.Trigger.Text == "المحتجون");

        // The arrest at the protest is an event of its own type, not merged.
        Assert.Contains(analysis.Events, static e => e.Event == PloverType.Coerce && e.Sentence == 2);
    }

    [Fact]
    public void A_casualty_follow_up_adds_to_the_attack_told_in_the_lead()
    {
        var analysis = On("إدلب – قصفت طائرات حربية روسية، صباح الأحد، سوقا شعبيا في مدينة معرة النعمان في محافظة إدلب. "
            + "وقتل في القصف سبعة مدنيين بينهم طفلان، وأصيب أكثر من عشرين آخرين بجروح.");
        var attack = Assert.Single(analysis.Events, static e => e.Event == PloverType.Assault);
        Assert.Equal(0, attack.Sentence);
        Assert.Equal([1], attack.Supports.Select(static s => s.Sentence).ToArray());
    }

    [Fact]
    public void A_second_strike_with_its_own_actor_and_place_stays_an_event()
    {
        var analysis = On("حلب – قصفت مدفعية تركية، صباح الأربعاء، قرية قرب مدينة منبج. "
            + "وشنت طائرات مسيرة تركية في الوقت ذاته غارات على مواقع قرب مدينة القامشلي.");
        var attacks = analysis.Events.Where(static e => e.Event == PloverType.Assault).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.All(attacks, static e => Assert.Empty(e.Supports));
    }

    [Fact]
    public void A_blast_in_another_city_is_another_attack()
    {
        var analysis = On("إدلب – قصفت طائرات حربية، صباح الأحد، سوقا شعبيا في مدينة إدلب. وقتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة حلب.");
        Assert.Equal([0, 1], analysis.Events.Where(static e => e.Event == PloverType.Assault).Select(static e => e.Sentence).ToArray());
    }

    [Fact]
    public void An_undated_mention_is_no_detail_of_an_old_event()
    {
        var old = Event(0, PloverType.Support, ["KAZ"], "1992", DateSource.Text, [EventModality.Historical], "وأقامت");
        var news = Event(1, PloverType.Support, ["KAZ"], "2025-11-06", DateSource.Published, [], "بالانضمام");
        Assert.Equal(2, Elaborations.Merge([old, news], [], Sentences(2)).Length);
    }

    [Fact]
    public void A_crowd_named_again_with_no_place_of_its_own_joins_the_protest_and_lends_it_a_mode()
    {
        var protest = Event(0, PloverType.Protest, ["group/students/LBN"], "2025-03-04", DateSource.Text, [], "تظاهر");
        var crowd = Event(1, PloverType.Protest, ["group/protesters/LBN"], "2025-03-04", DateSource.Published, [EventModality.Background], "المحتجون") with { Mode = "demo" };
        var merged = Assert.Single(Elaborations.Merge([protest, crowd], [], Sentences(2)));
        Assert.Equal("demo", merged.Mode);
        Assert.Equal(["group/students/LBN"], merged.Actor.ToArray());
        Assert.Equal(new EventSupport(1, crowd.Trigger), Assert.Single(merged.Supports));
    }

    [Fact]
    public void Supports_are_written_and_read_back_through_the_contract()
    {
        var analysis = On(StudentProtest);
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, AnalysisJsonWriter.WriterOptions()))
        {
            AnalysisJsonWriter.Write(writer, analysis);
        }

        var read = AnalysisJsonReader.Read(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        var before = analysis.Events.Single(static e => e.Event == PloverType.Protest).Supports;
        var after = read.Events.Single(static e => e.Event == PloverType.Protest).Supports;
        Assert.Equal(before.Select(static s => (s.Sentence, s.Trigger.Text, s.Trigger.Span)), after.Select(static s => (s.Sentence, s.Trigger.Text, s.Trigger.Span)));
    }

    private static ImmutableArray<TextSpan> Sentences(int n) => [.. Enumerable.Range(0, n).Select(static k => new TextSpan(k * 100, (k * 100) + 99))];

    private static EventRecord Event(int sentence, PloverType type, string[] actor, string date, DateSource dateFrom, EventModality[] modality, string trigger) =>
        new($"e{sentence}", type, null, [], null, [.. actor], [], [], date, dateFrom, [.. modality], sentence,
            new Mention(new TextSpan(sentence * 100, (sentence * 100) + trigger.Length), trigger, ""), "test");
}
