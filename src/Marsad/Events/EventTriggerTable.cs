using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Events;

/// <summary>
/// One trigger pattern of data/rules/event-triggers.tsv: the Arabic forms that signal an event and the
/// PLOVER type, mode, contexts and CAMEO code they code to, with how the recipient is marked.
/// </summary>
public sealed record EventTrigger(
    string Id,
    PloverType Event,
    string? Mode,
    ImmutableArray<string> Contexts,
    string Cameo,
    ImmutableArray<string> Forms,
    ImmutableArray<string> RecipientMarkers,
    string Note)
{
    /// <summary>
    /// Words one of which must follow the trigger closely for it to count (optional ninth column): وقع
    /// signs only with an agreement after it (وقع اتفاقية), not when something happened (وقع انفجار).
    /// <c>AGREEMENT</c> stands for any agreement the text names.
    /// </summary>
    public ImmutableArray<string> Cues { get; init; } = [];

    /// <summary>The Goldstein score of <see cref="Cameo"/> (<see cref="GoldsteinScale"/>), found once when the table is read.</summary>
    public double? Goldstein { get; init; }
}

/// <summary>
/// The trigger patterns, loaded from the embedded data file and checked: every row has its eight
/// fields (and an optional ninth, the cue words), a unique id, one of PLOVER's sixteen event types, a CAMEO code and at least one form.
/// Problems are reported as <c>line N: what</c>, never thrown.
/// </summary>
public sealed partial class EventTriggerTable
{
    private EventTriggerTable(ImmutableArray<EventTrigger> triggers, ImmutableArray<string> problems)
    {
        Triggers = triggers;
        Problems = problems;
    }

    public ImmutableArray<EventTrigger> Triggers { get; }

    public ImmutableArray<string> Problems { get; }

    /// <summary>The embedded trigger file, with the paradigms of its verbs (data/rules/event-trigger-verbs.tsv) added.</summary>
    public static EventTriggerTable LoadEmbedded() =>
        Parse(RuleFile.Rows("Marsad.data.rules.event-triggers.tsv")).WithParadigms(RuleFile.Rows("Marsad.data.rules.event-trigger-verbs.tsv"));

    /// <summary>Parses rows of the trigger file (tab-split, comments dropped).</summary>
    public static EventTriggerTable Parse(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var triggers = ImmutableArray.CreateBuilder<EventTrigger>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < rows.Count; n++)
        {
            var f = rows[n];
            var where = $"row {n + 1}";
            if (f.Length is not (8 or 9))
            {
                problems.Add($"{where}: {f.Length} fields, expected 8 or 9");
                continue;
            }

            var known = PloverTypes.TryParse(f[1], out var type);
            var problem = !ids.Add(f[0]) ? $"id {f[0]} is used twice"
                : !known ? $"{f[0]}: {f[1]} is not a PLOVER event type"
                : !CameoCode().IsMatch(f[4]) ? $"{f[0]}: {f[4]} is not a CAMEO code"
                : f[5].Trim().Length == 0 ? $"{f[0]}: no forms"
                : null;
            if (problem is not null)
            {
                problems.Add($"{where}: {problem}");
                continue;
            }

            triggers.Add(new EventTrigger(
                f[0], type, Optional(f[2]), List(f[3], ','), f[4], List(f[5], '|'), List(f[6], '|'), f[7])
            {
                Goldstein = GoldsteinScale.Of(f[4]),
                Cues = f.Length == 9 ? [.. List(f[8], '|').Select(static c => c == "AGREEMENT" ? c : Text.ArabicNormalizer.Normalize(c))] : [],
            });
        }

        return new EventTriggerTable(triggers.ToImmutable(), problems.ToImmutable());
    }

    private static string? Optional(string field) => field.Trim() is "-" or "" ? null : field.Trim();

    private static ImmutableArray<string> List(string field, char separator) =>
        Optional(field) is { } value ? [.. value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

    [GeneratedRegex("^[0-2][0-9]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CameoCode();
}
