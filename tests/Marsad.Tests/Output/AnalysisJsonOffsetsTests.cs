using System.Text;
using Marsad.Tests.Support;

namespace Marsad.Tests.Output;

/// <summary>The JSON output counts offsets in code points, so Python's text[start:end] gives the span.</summary>
public sealed class AnalysisJsonOffsetsTests
{
    [Fact]
    public void Sentence_offsets_after_emoji_slice_correctly_by_code_point()
    {
        const string text = "😀 وصل الوفد إلى الرياض. 🇸🇦 ثم غادر إلى الدوحة.";
        var analysis = CliRun.WithInput(Encoding.UTF8.GetBytes(text), "analyze", "-").Documents.Single();
        var output = analysis.GetProperty("text").GetString()!;
        var slices = analysis.GetProperty("sentences").EnumerateArray()
            .Select(s => CodePoints.Slice(output, s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()))
            .ToArray();
        Assert.Equal(["😀 وصل الوفد إلى الرياض.", "🇸🇦 ثم غادر إلى الدوحة."], slices);
    }
}
