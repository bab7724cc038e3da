using Marsad.Knowledge;

namespace Marsad.Tests.Knowledge;

/// <summary>The knowledge base built into Marsad: its coverage, and one real entry of each kind.</summary>
public sealed class EmbeddedKnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    private static int Count(string type) => Kb.Entries.Count(e => e.Type == type);

    [Fact]
    public void Covers_what_the_knowledge_base_issue_asks_for()
    {
        Assert.True(Count("COUNTRY") >= 249, $"{Count("COUNTRY")} countries");
        Assert.True(Count("ORGANIZATION") + Count("GROUP") >= 150);
        Assert.True(Count("AGREEMENT") >= 60);
        Assert.True(Count("PERSON") >= 400);
        Assert.True(Count("LOCATION") >= 300);
        Assert.Contains(Kb.Entries, e => e.Kind == "former");
    }

    [Theory]
    [InlineData("ISR", "COUNTRY", "إسرائيل")]
    [InlineData("SUN", "COUNTRY", "الاتحاد السوفيتي")]
    [InlineData("country/russian-empire", "COUNTRY", "روسيا القيصرية")]
    [InlineData("agreement/abraham-accords", "AGREEMENT", "اتفاقيات أبراهام")]
    [InlineData("org/white-house", "ORGANIZATION", "البيت الأبيض")]
    [InlineData("place/astana", "LOCATION", "أستانا")]
    public void Holds_real_entries_with_their_arabic_names(string id, string type, string arabic)
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
