namespace Marsad.Recognition.Times;

/// <summary>Dates counted from a time the text has just given (issue 20): اليوم التالي، الشهر نفسه، العام التالي.</summary>
internal static class AnchoredDates
{
    /// <summary>
    /// A phrase of data/rules/time-anchored.tsv, shifted from the last date the text gave at the phrase's granularity
    /// (anchor text): after "15 آذار 2011", اليوم التالي is 2011-03-16 and الشهر نفسه 2011-03.
    /// </summary>
    /// <remarks>
    /// Rules: the anchor is the latest DATE or TIME recognised before the phrase with a resolved day, month or year,
    /// itself anchored or not (a narrative of اليوم التالي … اليوم التالي walks forward). When the text has given none,
    /// or only a coarser one (a year cannot give a day), the phrase resolves against the published date instead.
    /// </remarks>
    public static bool TryAnchored(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        if (!context.Rules.Anchored.TryMatch(context.View, index, proclitics: true, out var phrase, out var end))
        {
            return false;
        }

        match = context.FromText(end, phrase.Unit, phrase.Offset);
        return true;
    }
}
