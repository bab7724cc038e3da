using Marsad.Knowledge;
using Marsad.Model;

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
}
