namespace Marsad.Recognition.Times;

/// <summary>A time expression found by one rule: it starts at the token the rule was asked about and ends before <see cref="End"/>.</summary>
internal readonly record struct TimeMatch(int End, string Type, string? Value, string Anchor);

/// <summary>What every rule reads: the tokens, the rules, the published date, and the day last named in the sentence.</summary>
internal sealed class TimeContext(TokenView view, TimeRules rules, DateOnly? published)
{
    public const string Text = "text";
    public const string Published = "published";
    public const string Unresolved = "unresolved";

    public TokenView View { get; } = view;

    public TimeRules Rules { get; } = rules;

    public DateOnly? PublishedDate { get; } = published;

    /// <summary>The last day-granular DATE recognised, with its anchor and sentence, for the clock times after it.</summary>
    public (string Value, string Anchor, int Sentence)? LastDay { get; set; }

    /// <summary>The state of <see cref="Tense.FutureBefore"/>, kept so that each sentence is scanned once.</summary>
#pragma warning disable CA1051 // A field, so the tense rule can update it in place by reference.
    public TenseScan TenseScan = new(-2, 0, -1);
#pragma warning restore CA1051

    /// <summary>A relative value: resolved against the published date, or the unit's placeholder without one.</summary>
    public TimeMatch Relative(int end, string type, string unit, int offset, string? suffix = null)
    {
        if (PublishedDate is { } published && Timex.Shift(published, unit, offset) is { } value)
        {
            return new TimeMatch(end, type, value + suffix, Published);
        }

        return new TimeMatch(end, type, Timex.Unresolved(unit) + suffix, Unresolved);
    }
}
