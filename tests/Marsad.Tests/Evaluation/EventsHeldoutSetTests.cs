using System.Globalization;
using System.Text.Json;
using Marsad.Knowledge;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The event held-out set of issue 18 (Fixtures/EventsHeldout) stays complete and well-formed: 30 paragraphs in
/// the seed gold format, PLOVER types, dated required events, sides that are knowledge-base ids, weekdays that
/// fall on their day. These tests check the files only and never run the coder on them: the set is run only to
/// report, and its errors are not read by rule writers (README.md there).
/// </summary>
public sealed class EventsHeldoutSetTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "EventsHeldout");

    private static readonly HashSet<string> PloverTypes = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "DEMAND", "REQUEST",
        "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    };

    private static readonly Lazy<IReadOnlyList<(string Name, JsonElement Gold)>> Golds = new(() =>
        [.. Directory.GetFiles(Folder, "*.gold.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f)[..^".gold.json".Length], JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone()))]);

    private static IEnumerable<(string Name, JsonElement Gold, JsonElement Event)> Events(string list) =>
        Golds.Value.SelectMany(g => g.Gold.GetProperty("events").GetProperty(list).EnumerateArray().Select(e => (g.Name, g.Gold, e)));

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(s => s.GetString()!) : [];

    [Fact]
    public void It_has_30_paragraphs_each_a_text_named_by_its_gold()
    {
        Assert.Equal(30, Golds.Value.Count);
        Assert.All(Golds.Value, g =>
        {
            Assert.Equal(g.Name + ".ar.txt", g.Gold.GetProperty("document").GetString());
            Assert.True(File.Exists(Path.Combine(Folder, g.Name + ".ar.txt")), g.Name);
            Assert.False(string.IsNullOrWhiteSpace(g.Gold.GetProperty("about").GetString()));
            Assert.True(DateOnly.TryParseExact(g.Gold.GetProperty("published").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), g.Name);
            Assert.NotEmpty(g.Gold.GetProperty("events").GetProperty("required").EnumerateArray());
        });
    }

    [Fact]
    public void Every_required_event_names_plover_types_a_side_and_a_date_no_later_than_publication()
    {
        Assert.All(Events("required"), x =>
        {
            var label = $"{x.Name}: {x.Event.GetProperty("name").GetString()}";
            Assert.All(Strings(x.Event, "event"), t => Assert.Contains(t, PloverTypes));
            Assert.True(new[] { "actor", "recipient", "parties" }.Any(side => Strings(x.Event, side).Any()), label);
            var date = x.Event.GetProperty("date").GetString()!;
            Assert.Matches("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", date);
            Assert.True(string.CompareOrdinal(date, x.Gold.GetProperty("published").GetString()) <= 0, $"{label} dated {date}");
        });
    }

    [Fact]
    public void Every_side_of_every_event_is_an_entry_of_the_knowledge_base()
    {
        var kb = KnowledgeBase.Default.ById;
        Assert.All(Events("required").Concat(Events("optional")), x =>
        {
            Assert.All(Strings(x.Event, "event"), t => Assert.Contains(t, PloverTypes));
            foreach (var id in new[] { "actor", "recipient", "parties" }.SelectMany(side => Strings(x.Event, side)))
            {
                Assert.True(kb.ContainsKey(id), $"{x.Name}: {id} is not in the knowledge base");
            }

            if (x.Event.TryGetProperty("place", out var place))
            {
                Assert.True(kb.ContainsKey(place.GetProperty("country").GetString()!), $"{x.Name}: place country");
            }
        });
    }

    [Fact]
    public void A_weekday_expected_among_the_times_falls_on_that_weekday()
    {
        string[] weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
        var checkedCount = 0;
        foreach (var (name, gold) in Golds.Value.Where(g => g.Gold.TryGetProperty("times", out _)))
        {
            foreach (var time in gold.GetProperty("times").EnumerateArray())
            {
                var day = Array.FindIndex(weekdays, w => time.GetProperty("text").GetString()!.Split(' ').Contains(w));
                if (day < 0)
                {
                    continue;
                }

                var value = time.GetProperty("value").GetString()!;
                var date = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.True((int)date.DayOfWeek == day, $"{name}: {value} is a {date.DayOfWeek}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 10, $"{checkedCount} weekdays checked");
    }
}
