using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Tests.Knowledge;

/// <summary>The knowledge base built into Marsad: its coverage, and one real entry of each kind.</summary>
public sealed class EmbeddedKnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    private static int Count(EntityType type) => Kb.Entries.Count(e => e.Type == type);

    [Fact]
    public void Covers_what_the_knowledge_base_issue_asks_for()
    {
        Assert.True(Count(EntityType.Country) >= 249, $"{Count(EntityType.Country)} countries");
        Assert.True(Count(EntityType.Organization) + Count(EntityType.Group) >= 150);
        Assert.True(Count(EntityType.Agreement) >= 60);
        Assert.True(Count(EntityType.Person) >= 400);
        Assert.True(Count(EntityType.Location) >= 300);
        Assert.Contains(Kb.Entries, e => e.Kind == "former");
    }

    [Theory]
    [InlineData("ISR", EntityType.Country, "إسرائيل")]
    [InlineData("SUN", EntityType.Country, "الاتحاد السوفيتي")]
    [InlineData("country/russian-empire", EntityType.Country, "روسيا القيصرية")]
    [InlineData("agreement/abraham-accords", EntityType.Agreement, "اتفاقيات أبراهام")]
    [InlineData("org/white-house", EntityType.Organization, "البيت الأبيض")]
    [InlineData("place/astana", EntityType.Location, "أستانا")]
    public void Holds_real_entries_with_their_arabic_names(string id, EntityType type, string arabic)
    {
        var entry = Kb.ById[id];
        Assert.Equal(type, entry.Type);
        Assert.Contains(arabic, entry.Arabic.Concat(entry.Metonyms));
    }

    [Fact]
    public void Country_entries_carry_nisba_adjectives_and_capital_metonyms()
    {
        Assert.Contains("إسرائيلي", Kb.ById["ISR"].Adjectives);
        Assert.Contains("واشنطن", Kb.ById["USA"].Metonyms);
    }

    [Fact]
    public void People_carry_dated_roles()
    {
        var tokayev = Kb.ById["person/kassym-jomart-tokayev"];
        var role = Assert.Single(tokayev.RolesOn(new DateOnly(2025, 11, 6)));
        Assert.Equal(("president", "KAZ", "GOV"), (role.Title, role.Country, role.Sector));
    }

    [Fact]
    public void Lebanon_s_prime_minister_from_february_2025_was_the_world_court_s_president_before()
    {
        var salam = Kb.ById["person/nawaf-salam"];
        var prime = Assert.Single(salam.RolesOn(new DateOnly(2025, 6, 1)));
        Assert.Equal(("prime-minister", "LBN", "GOV"), (prime.Title, prime.Country, prime.Sector));
        var court = Assert.Single(salam.RolesOn(new DateOnly(2024, 6, 1)));
        Assert.Equal(("president", "IGO"), (court.Title, court.Sector));

        // Through the pipeline, in a sentence of our own: the title and the name are one person of Lebanon.
        var analysis = MarsadPipeline.CreateDefault().Analyze(new SourceDocument
        {
            Source = "test",
            Text = "وقال رئيس الوزراء اللبناني نواف سلام إن الحكومة ستعمل على بسط سلطة الدولة على كامل أراضيها.",
            Published = new DateOnly(2025, 6, 1),
        });
        var person = Assert.Single(analysis.Entities, static e => e.Id == "person/nawaf-salam");
        Assert.Equal(("LBN", "GOV"), (person.Country, person.Sector));
    }
}
