using Marsad.Model;

namespace Marsad.Recognition.Times;

/// <summary>A time expression found by one rule: it starts at the token the rule was asked about and ends before <see cref="End"/>.</summary>
internal readonly record struct TimeMatch(int End, TimexType Type, string? Value, TimeAnchor Anchor);

/// <summary>What every rule reads: the tokens, the rules, the published date, and the day last named in the sentence.</summary>
internal sealed class TimeContext(TokenView view, TimeRules rules, DateOnly? published)
{
    public const TimeAnchor Text = TimeAnchor.Text;
    public const TimeAnchor Published = TimeAnchor.Published;
    public const TimeAnchor Unresolved = TimeAnchor.Unresolved;

    public TokenView View { get; } = view;

    public TimeRules Rules { get; } = rules;

    public DateOnly? PublishedDate { get; } = published;

    /// <summary>The last day-granular DATE recognised, with its anchor and sentence, for the clock times after it.</summary>
    public (string Value, TimeAnchor Anchor, int Sentence)? LastDay { get; set; }

    // The last date the text gave at least as fine as a day, a month and a year (a time gives its day), for what is
    // counted from it: اليوم التالي، بعد ثلاث سنوات (from a war the text dated). A year the text gives later does not
    // hide the day it gave before from اليوم التالي, which a year cannot anchor.
    private readonly string?[] _lastText = new string?[3];

    /// <summary>Keeps <paramref name="value"/> as the text's latest time, if it is a resolved date or time.</summary>
    public void RecordTextTime(string? value)
    {
        if (Timex.Parse(value) is not { } parsed)
        {
            return;
        }

        for (var slot = Slot(parsed.Unit); slot < _lastText.Length; slot++)
        {
            _lastText[slot] = value;
        }
    }

    /// <summary>The state of <see cref="Tense.FutureBefore"/>, kept so that each sentence is scanned once.</summary>
#pragma warning disable CA1051 // A field, so the tense rule can update it in place by reference.
    public TenseScan TenseScan = new(-2, 0, -1);
#pragma warning restore CA1051

    /// <summary>A relative value: resolved against the published date, or the unit's placeholder without one.</summary>
    public TimeMatch Relative(int end, TimexType type, string unit, int offset, string? suffix = null)
    {
        if (PublishedDate is { } published && Timex.Shift(published, unit, offset) is { } value)
        {
            return new TimeMatch(end, type, value + suffix, Published);
        }

        return new TimeMatch(end, type, Timex.Unresolved(unit) + suffix, Unresolved);
    }

    /// <summary>Whether the text has given a time a count of <paramref name="unit"/> can be counted from (<see cref="FromText"/>).</summary>
    public bool CountsFromText(string unit)
    {
        var slot = Slot(unit);
        return slot < _lastText.Length && Timex.Parse(_lastText[slot]) is not null;
    }

    /// <summary>
    /// The unit that lies <paramref name="offset"/> units from the last time the text gave (anchor text), when that time
    /// is at least as fine as the unit (a year cannot give a day); else <see cref="Relative"/> against the published date.
    /// </summary>
    public TimeMatch FromText(int end, string unit, int offset)
    {
        var slot = Slot(unit);
        if (slot < _lastText.Length && Timex.Parse(_lastText[slot]) is { } last && Timex.Shift(last.Date, unit, offset) is { } value)
        {
            return new TimeMatch(end, TimexType.Date, value, Text);
        }

        return Relative(end, TimexType.Date, unit, offset);
    }

    // Which of the text's last times can anchor a unit: a week is counted from a day.
    private static int Slot(string unit) => unit switch
    {
        "D" or "day" or "W" or "week" => 0,
        "M" or "month" => 1,
        "Y" or "year" => 2,
        _ => 3,
    };
}
