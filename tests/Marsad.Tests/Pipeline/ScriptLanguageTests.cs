using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public sealed class ScriptLanguageTests
{
    [Theory]
    [InlineData("ستعلن كازاخستان انضمامها إلى اتفاقات أبراهام", "ar")]
    [InlineData("قال الرئيس ترامب (Trump) إن", "ar")]
    [InlineData("Kazakhstan joins the Abraham Accords", "und")]
    [InlineData("2025-11-06 …", null)]
    [InlineData("", null)]
    public void Names_the_language_of_the_dominant_script(string text, string? expected) =>
        Assert.Equal(expected, ScriptLanguage.Detect(text));
}
