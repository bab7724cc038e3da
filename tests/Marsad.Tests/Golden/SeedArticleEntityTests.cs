using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Golden;

/// <summary>
/// The entities of the seed article against its gold file: every required entity with its id or
/// name, type, country and least number of mentions; no forbidden one; every mention a valid span.
/// </summary>
public sealed class SeedArticleEntityTests
{
    private static readonly Lazy<JsonElement> Analysis = new(() =>
        CliRun.Of("analyze", TestFiles.SeedArticle, "--published", "2025-11-06").Documents.Single());

    private static JsonElement Gold { get; } =
        JsonDocument.Parse(File.ReadAllText(TestFiles.Golden("kazakhstan-abraham-accords.gold.json"))).RootElement.GetProperty("entities");

    private static List<JsonElement> Entities => [.. Analysis.Value.GetProperty("entities").EnumerateArray()];

    public static TheoryData<string> Required() => [.. Gold.GetProperty("required").EnumerateArray().Select(e => e.GetRawText())];

    public static TheoryData<string> Forbidden() => [.. Gold.GetProperty("forbidden").EnumerateArray().Select(e => e.GetRawText())];

    [Theory]
    [MemberData(nameof(Required))]
    public void Required_entity_is_found_linked_and_mentioned_enough(string expectationJson)
    {
        var expected = JsonDocument.Parse(expectationJson).RootElement;
        var entity = Entities.SingleOrDefault(e => Matches(e, expected));
        Assert.True(entity.ValueKind == JsonValueKind.Object, $"not found: {expectationJson}");
        Assert.Equal(expected.GetProperty("type").GetString(), entity.GetProperty("type").GetString());
        Assert.True(entity.GetProperty("known").GetBoolean());
        if (expected.TryGetProperty("country", out var country))
        {
            Assert.Equal(country.GetString(), entity.GetProperty("country").GetString());
        }

        var mentions = entity.GetProperty("mentions").GetArrayLength();
        var least = expected.TryGetProperty("min_mentions", out var min) ? min.GetInt32() : 1;
        Assert.True(mentions >= least, $"{mentions} mentions, at least {least} expected");
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Forbidden_entity_is_not_reported(string expectationJson)
    {
        var forbidden = JsonDocument.Parse(expectationJson).RootElement;
        Assert.DoesNotContain(Entities, e => Matches(e, forbidden));
    }

    [Fact]
    public void Every_mention_is_the_text_at_its_code_point_offsets()
    {
        var text = Analysis.Value.GetProperty("text").GetString()!;
        string[] forms = ["name", "adjective", "role", "metonym"];
        foreach (var mention in Entities.SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
        {
            var slice = CodePoints.Slice(text, mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
            Assert.Equal(mention.GetProperty("text").GetString(), slice);
            Assert.Contains(mention.GetProperty("form").GetString(), forms);
        }
    }

    [Fact]
    public void Role_phrases_resolve_to_the_holder_on_the_article_date()
    {
        static string[] RolesOf(JsonElement entity) =>
            [.. entity.GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("form").GetString() == "role").Select(m => m.GetProperty("text").GetString()!)];

        Assert.Contains("الرئيس الأمريكي", RolesOf(Entities.Single(e => e.GetProperty("id").GetString() == "person/donald-trump")));
        Assert.Contains("رئيس كازاخستان", RolesOf(Entities.Single(e => e.GetProperty("id").GetString() == "person/kassym-jomart-tokayev")));
        Assert.Contains("المبعوث الأمريكي الخاص", RolesOf(Entities.Single(e => e.GetProperty("id").GetString() == "person/steve-witkoff")));
    }

    private static bool Matches(JsonElement entity, JsonElement expected)
    {
        if (expected.TryGetProperty("id", out var id))
        {
            return entity.GetProperty("id").GetString() == id.GetString();
        }

        var name = entity.GetProperty("name").GetString();
        return expected.GetProperty("names").EnumerateArray().Any(n => n.GetString() == name);
    }
}
