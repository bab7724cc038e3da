using Marsad.Knowledge;

namespace Marsad.Tests.Knowledge;

/// <summary>The loader on small real files: what loads, and how every bad line is named.</summary>
public sealed class KnowledgeBaseLoaderTests
{
    private const string Countries = """
        {"id": "KAZ", "type": "COUNTRY", "kind": "country", "name": "Kazakhstan", "ar": ["كازاخستان", "قازاقستان"], "adj": ["كازاخستاني"], "metonyms": ["أستانا"], "wikidata": "Q232"}
        {"id": "USA", "type": "COUNTRY", "kind": "country", "name": "United States", "ar": ["الولايات المتحدة", "أمريكا"], "adj": ["أمريكي", "أميركي"]}
        {"id": "SUN", "type": "COUNTRY", "kind": "former", "name": "Soviet Union", "ar": ["الاتحاد السوفيتي"], "from": 1922, "to": "1991-12-26", "successors": ["KAZ"]}
        """;

    private const string Titles = """
        {"title": "president", "ar": ["الرئيس", "رئيس"], "sector": "GOV"}
        {"title": "special-envoy", "ar": ["المبعوث الخاص"], "sector": "GOV"}
        """;

    private const string People = """
        {"id": "person/donald-trump", "type": "PERSON", "name": "Donald Trump", "ar": ["دونالد ترامب", "ترامب"], "wikidata": "Q22686", "roles": [{"title": "president", "country": "USA", "sector": "GOV", "from": "2025-01-20", "to": null}, {"title": "president", "country": "USA", "sector": "GOV", "from": "2017-01-20", "to": "2021-01-20"}]}
        {"id": "person/kassym-jomart-tokayev", "type": "PERSON", "name": "Kassym-Jomart Tokayev", "ar": ["قاسم جومارت توكاييف", "توكاييف"], "roles": [{"title": "president", "country": "KAZ", "sector": "GOV", "from": "2019-03-20", "to": null}]}
        """;

    [Fact]
    public void Loads_entries_titles_and_roles()
    {
        var load = KnowledgeBaseLoader.Load([("countries.jsonl", Countries), ("titles.jsonl", Titles), ("people-world.jsonl", People)]);
        Assert.Empty(load.Problems);
        var kb = load.KnowledgeBase;
        Assert.Equal(5, kb.Entries.Length);
        Assert.Equal("كازاخستان", kb.ById["KAZ"].Arabic[0]);
        Assert.Equal(["KAZ"], kb.ById["SUN"].Successors.ToArray());
        Assert.Equal(1922, kb.ById["SUN"].From!.Value.Year);
        var president = Assert.Single(kb.Holders("president", "USA", new DateOnly(2025, 11, 6)));
        Assert.Equal("person/donald-trump", president.Id);
        Assert.Equal("person/kassym-jomart-tokayev", Assert.Single(kb.Holders("president", "KAZ", new DateOnly(2025, 11, 6))).Id);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_file_and_line_and_the_rest_still_loads()
    {
        const string bad = """
            {"id": "person/a", "type": "PERSON", "name": "A", "ar": ["أ"], "roles": [{"title": "emperor", "country": "USA", "sector": "GOV", "from": "2020"}]}
            {"id": "person/b", "type": "PERSON", "name": "B", "ar": []}
            not json
            {"id": "person/c", "type": "PERSON", "name": "C", "ar": ["ج"], "roles": [{"title": "president", "country": "ATLANTIS", "sector": "XXX", "from": "2020", "to": "2019"}]}
            {"id": "person/d", "type": "PERSON", "name": "D", "ar": ["د"], "roles": [{"title": "president", "country": "USA", "sector": "GOV", "from": "someday"}]}
            {"id": "KAZ", "type": "COUNTRY", "name": "Dup", "ar": ["كازاخستان"]}
            {"id": "planet/mars", "type": "PLANET", "name": "Mars", "ar": ["المريخ"]}
            """;
        var load = KnowledgeBaseLoader.Load([("countries.jsonl", Countries), ("titles.jsonl", Titles), ("people-x.jsonl", bad)]);
        var problems = string.Join("\n", load.Problems);
        Assert.Contains("person/a: role title emperor is not in titles.jsonl", problems, StringComparison.Ordinal);
        Assert.Contains("person/b: no Arabic name", problems, StringComparison.Ordinal);
        Assert.Contains("people-x.jsonl:3: not valid JSON", problems, StringComparison.Ordinal);
        Assert.Contains("person/c: unknown country ATLANTIS", problems, StringComparison.Ordinal);
        Assert.Contains("person/c: role sector XXX is unknown", problems, StringComparison.Ordinal);
        Assert.Contains("person/c: role president from 2020 is after its end 2019", problems, StringComparison.Ordinal);
        Assert.Contains("people-x.jsonl:5: 'from' is not a date: 'someday'", problems, StringComparison.Ordinal);
        Assert.Contains("KAZ: id used 2 times", problems, StringComparison.Ordinal);
        Assert.Contains("people-x.jsonl:7: unknown type PLANET (one of AGREEMENT, COUNTRY, GROUP, LOCATION, ORGANIZATION, PERSON)", problems, StringComparison.Ordinal);
        Assert.False(load.KnowledgeBase.ById.ContainsKey("planet/mars"));
        Assert.True(load.KnowledgeBase.ById.ContainsKey("USA"));
    }

    [Fact]
    public void The_embedded_knowledge_base_follows_every_rule_of_its_readme()
    {
        var load = KnowledgeBaseLoader.LoadEmbedded();
        Assert.True(load.Problems.IsEmpty, string.Join("\n", load.Problems.Take(30)));
    }
}
