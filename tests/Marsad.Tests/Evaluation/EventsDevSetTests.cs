using System.Globalization;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Knowledge;
using Marsad.Tests.Support;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The event dev set of issue 18 (Fixtures/EventsDev) is complete, in the seed gold format, consistent with its
/// own conventions (README.md there) and scoreable by the real <c>marsad eval gold</c>.
/// </summary>
public sealed class EventsDevSetTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "EventsDev");

    // PLOVER's event types (CAMEO2PLOVER 2021), with REQUEST beside DEMAND for appeals.
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
    public void It_has_40_paragraphs_each_a_text_named_by_its_gold()
    {
        Assert.Equal(40, Golds.Value.Count);
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
    public void Every_required_event_names_plover_types_a_side_and_a_date_no_later_than_publication_unless_future()
    {
        Assert.True(Events("required").Count() >= 100, $"{Events("required").Count()} required events");
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
        foreach (var (name, gold) in Golds.Value.Where(g => g.Gold.TryGetProperty("times", out _)))
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

        Assert.True(checkedCount >= 10, $"{checkedCount} weekdays checked");
    }

    [Fact]
    public void Eval_gold_scores_every_paragraph_and_reports_its_events_outside_the_gold()
    {
        Assert.All(Golds.Value, g =>
        {
            var run = CliRun.Of("eval", "gold", Path.Combine(Folder, g.Name + ".gold.json"), Path.Combine(Folder, g.Name + ".ar.txt"));
            Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.ExpectationsNotMet, $"{g.Name}: exit {run.ExitCode}: {run.Stderr}");
            Assert.Contains("events outside the gold lists", run.Stdout, StringComparison.Ordinal);
            var required = g.Gold.GetProperty("events").GetProperty("required").GetArrayLength();
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" of {required + 1} met"), run.Stdout, StringComparison.Ordinal);
        });
    }
}
