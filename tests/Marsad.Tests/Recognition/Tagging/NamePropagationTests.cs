using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>Names found once carry to their later mentions, on our own sentences.</summary>
public sealed class NamePropagationTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
    private static readonly NamePropagation Propagation = new(Gazetteer);

    private static EntityRecord Person(string id, TextAnalysis text, string name)
    {
        var start = text.Text.IndexOf(name, StringComparison.Ordinal);
        var span = new TextSpan(start, start + name.Length);
        return new EntityRecord(id, EntityType.Person, name, name, null, null, null, false, [new Mention(span, name, MentionForms.Name)]);
    }

    [Fact]
    public void A_family_name_alone_later_names_the_person_named_in_full()
    {
        var text = TextAnalysis.Create("وصل المدرب نيكولاس فاندربيلت إلى المطار. وقال فاندربيلت إن الفريق جاهز، وأكد لفاندربيلت مساعده ذلك.");
        var entities = Propagation.Apply(text, [Person("unknown/person/a", text, "نيكولاس فاندربيلت")]);
        var mentions = entities.Single().Mentions;
        Assert.Equal(["نيكولاس فاندربيلت", "فاندربيلت", "فاندربيلت"], mentions.Select(static m => m.Text));
        Assert.All(mentions, static m => Assert.Equal("name", m.Form));
    }

    [Fact]
    public void A_full_name_found_once_is_found_again_later()
    {
        var text = TextAnalysis.Create("استقبل نيكولاس فاندربيلت الوفد. ثم غادر نيكولاس فاندربيلت القاعة.");
        var entities = Propagation.Apply(text, [Person("unknown/person/a", text, "نيكولاس فاندربيلت")]);
        Assert.Equal(2, entities.Single().Mentions.Length);
    }

    [Fact]
    public void A_name_is_not_carried_back_before_its_first_mention()
    {
        var text = TextAnalysis.Create("قال فاندربيلت إنه سيعود. ووصل نيكولاس فاندربيلت أمس.");
        var second = text.Text.LastIndexOf("نيكولاس فاندربيلت", StringComparison.Ordinal);
        var span = new TextSpan(second, second + "نيكولاس فاندربيلت".Length);
        var person = new EntityRecord("unknown/person/a", EntityType.Person, "x", null, null, null, null, false, [new Mention(span, span.Slice(text.Text), MentionForms.Name)]);
        Assert.Single(Propagation.Apply(text, [person]).Single().Mentions);
    }

    [Fact]
    public void A_shared_family_name_goes_to_the_person_named_first()
    {
        var text = TextAnalysis.Create("التقى نيكولاس فاندربيلت بالسيدة ماريا فاندربيلت. وقال فاندربيلت إن اللقاء كان مثمرا.");
        var entities = Propagation.Apply(text, [Person("unknown/person/a", text, "نيكولاس فاندربيلت"), Person("unknown/person/b", text, "ماريا فاندربيلت")]);
        Assert.Equal(2, entities.Single(e => e.Id == "unknown/person/a").Mentions.Length);
        Assert.Single(entities.Single(e => e.Id == "unknown/person/b").Mentions);
    }

    [Fact]
    public void A_longer_name_wins_over_a_shorter_one_at_the_same_place()
    {
        var text = TextAnalysis.Create("زار فاندربيلت المدينة. ثم التقى نيكولاس فاندربيلت الوفد. وعاد نيكولاس فاندربيلت مساء.");
        var shortName = Person("unknown/person/short", text, "فاندربيلت");
        var longName = Person("unknown/person/long", text, "نيكولاس فاندربيلت");
        var entities = Propagation.Apply(text, [shortName, longName]);
        Assert.Equal(["نيكولاس فاندربيلت", "نيكولاس فاندربيلت"], entities.Single(e => e.Id == "unknown/person/long").Mentions.Select(static m => m.Text));
    }

    [Fact]
    public void An_ordinary_word_as_a_family_name_is_not_carried()
    {
        // A person whose last name is an ordinary word (اليوم) must not claim every later "today".
        var text = TextAnalysis.Create("تحدث سامي اليوم في المؤتمر. وقال اليوم وزير آخر كلاما.");
        var entities = Propagation.Apply(text, [Person("unknown/person/a", text, "سامي اليوم")]);
        Assert.Single(entities.Single().Mentions);
    }
}
