using System.Globalization;
using System.Text.Json;
using Marsad.Knowledge;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// What every hand-written event set in the seed gold format must be (Fixtures/EventsDev, EventsDevB, EventsHeldout):
/// complete, each gold naming its text, PLOVER types, sides that are knowledge-base ids, required events dated no
/// later than publication (unless `future`), weekdays that fall on their day. The checks read the files only.
/// </summary>
public abstract class EventGoldSetTests
{
    // PLOVER's event types (CAMEO2PLOVER 2021), with REQUEST beside DEMAND for appeals.
    private static readonly HashSet<string> PloverTypes = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "DEMAND", "REQUEST",
        "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    };

    private readonly Lazy<IReadOnlyList<(string Name, JsonElement Gold)>> _golds;

    protected EventGoldSetTests(string folder, int paragraphs, int leastRequired)
    {
        Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder);
        Paragraphs = paragraphs;
        LeastRequired = leastRequired;
        _golds = new(() =>
            [.. Directory.GetFiles(Folder, "*.gold.json").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f)[..^".gold.json".Length], JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone()))]);
    }

    protected string Folder { get; }

    private int Paragraphs { get; }

    private int LeastRequired { get; }

    protected IReadOnlyList<(string Name, JsonElement Gold)> Golds => _golds.Value;

    private IEnumerable<(string Name, JsonElement Gold, JsonElement Event)> Events(string list) =>
        Golds.SelectMany(g => g.Gold.GetProperty("events").GetProperty(list).EnumerateArray().Select(e => (g.Name, g.Gold, e)));

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(s => s.GetString()!) : [];

    [Fact]
    public void It_has_its_paragraphs_each_a_text_named_by_its_gold()
    {
        Assert.Equal(Paragraphs, Golds.Count);
        Assert.All(Golds, g =>
        {
            Assert.Equal(g.Name + ".ar.txt", g.Gold.GetProperty("document").GetString());
            Assert.True(File.Exists(Path.Combine(Folder, g.Name + ".ar.txt")), g.Name);
            Assert.False(string.IsNullOrWhiteSpace(g.Gold.GetProperty("about").GetString()));
            Assert.True(DateOnly.TryParseExact(g.Gold.GetProperty("published").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), g.Name);
            Assert.NotEmpty(g.Gold.GetProperty("events").GetProperty("required").EnumerateArray());
        });
    }

    [Fact]
    public void Every_required_event_names_plover_types_a_side_and_a_date_no_later_than_publication_unless_future()
    {
        Assert.True(Events("required").Count() >= LeastRequired, $"{Events("required").Count()} required events");
        Assert.All(Events("required"), x =>
        {
            var label = $"{x.Name}: {x.Event.GetProperty("name").GetString()}";
            Assert.All(Strings(x.Event, "event"), t => Assert.Contains(t, PloverTypes));
            Assert.True(new[] { "actor", "recipient", "parties" }.Any(side => Strings(x.Event, side).Any()), label);
            var date = x.Event.GetProperty("date").GetString()!;
            Assert.Matches("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", date);
            if (!(x.Event.TryGetProperty("modality", out var modality) && modality.GetString() == "future"))
            {
                Assert.True(string.CompareOrdinal(date, x.Gold.GetProperty("published").GetString()) <= 0, $"{label} dated {date}");
            }
        });
    }

    [Fact]
    public void Every_optional_event_names_plover_types()
    {
        Assert.All(Events("optional"), x => Assert.All(Strings(x.Event, "event"), t => Assert.Contains(t, PloverTypes)));
    }

    [Fact]
    public void Every_side_and_place_is_an_entry_of_the_knowledge_base()
    {
        var kb = KnowledgeBase.Default.ById;
        Assert.All(Events("required").Concat(Events("optional")), x =>
        {
            foreach (var id in new[] { "actor", "recipient", "parties" }.SelectMany(side => Strings(x.Event, side)))
            {
                Assert.True(kb.ContainsKey(id), $"{x.Name}: {id} is not in the knowledge base");
            }

            if (x.Event.TryGetProperty("place", out var place))
            {
                Assert.False(string.IsNullOrWhiteSpace(place.GetProperty("name").GetString()));
                Assert.True(kb.ContainsKey(place.GetProperty("country").GetString()!), $"{x.Name}: place country");
            }
        });
    }

    [Fact]
    public void A_weekday_expected_among_the_times_falls_on_that_weekday()
    {
        string[] weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
        var checkedCount = 0;
        foreach (var (name, gold) in Golds.Where(g => g.Gold.TryGetProperty("times", out _)))
        {
            foreach (var time in gold.GetProperty("times").EnumerateArray())
            {
                var day = Array.FindIndex(weekdays, w => time.GetProperty("text").GetString()!.Split(' ').Contains(w));
                if (day < 0)
                {
                    continue;
                }

                var values = time.TryGetProperty("values", out _) ? Strings(time, "values") : [time.GetProperty("value").GetString()!];
                foreach (var value in values)
                {
                    var date = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    Assert.True((int)date.DayOfWeek == day, $"{name}: {value} is a {date.DayOfWeek}");
                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount >= 5, $"{checkedCount} weekdays checked");
    }
}
