using Marsad.Model;

namespace Marsad.Recognition.Times;

/// <summary>Reference points: the present, the past and the future named without a calendar point (issue 20).</summary>
internal static class ReferencePoints
{
    /// <summary>
    /// A phrase of data/rules/time-references.tsv: حاليا، الآن، الوقت الحالي، هذه الأيام → PRESENT_REF; مؤخرا، سابقا،
    /// آنذاك → PAST_REF; قريبا، مستقبلا، لاحقا → FUTURE_REF (TimeML 1.2.1).
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>A phrase marked after-preposition (السابق، الماضي، المستقبل) is a reference point only right after في
    ///   (في السابق، كما في الماضي): alone it is an adjective (البرلمان السابق). في stays out of the expression.</item>
    /// <item>آنذاك is PAST_REF even when the text has just given the time it points to: the reference is the value.</item>
    /// <item>The value needs no published date, so the anchor is text.</item>
    /// </list>
    /// </remarks>
    public static bool TryReference(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        if (!context.Rules.References.TryMatch(view, index, proclitics: true, out var reference, out var end))
        {
            return false;
        }

        if (reference.AfterPreposition
            && !(context.Rules.Cues.TryMatch(view, index - 1, proclitics: true, out var cue, out var afterCue) && cue == Cue.In && afterCue == index))
        {
            return false;
        }

        match = new TimeMatch(end, TimexType.Date, reference.Value, TimeContext.Text);
        return true;
    }
}
