using System.Globalization;
using CsCheck;
using Marsad.Recognition.Times;

namespace Marsad.Tests.Recognition.Times;

/// <summary><see cref="Timex.TryIsoDay"/> reads what <c>DateOnly.TryParseExact(…, "yyyy-MM-dd")</c> reads, and nothing else.</summary>
public class TimexDayTests
{
    [Theory]
    [InlineData("2025-03-15", 2025, 3, 15)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void A_calendar_day_is_read(string text, int year, int month, int day)
    {
        Assert.True(Timex.TryIsoDay(text, out var read));
        Assert.Equal(new DateOnly(year, month, day), read);
    }

    [Theory]
    [InlineData("2025-02-29")] // not a leap year
    [InlineData("2025-04-31")] // April has 30 days
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2025-1-015")]
    [InlineData("2025/01/15")]
    [InlineData("٢٠٢٥-٠١-١٥")] // the normaliser folds these digits before any rule sees them
    [InlineData("+025-01-15")]
    [InlineData("2025-01-15T")]
    [InlineData("2025-01")]
    public void Anything_else_is_not(string text) => Assert.False(Timex.TryIsoDay(text, out _));

    [Fact]
    public void It_agrees_with_the_framework_parser_on_any_ten_characters() =>
        Gen.OneOf(
                Gen.Char["0123456789-+ T/x"].Array[10].Select(static c => new string(c)),
                Gen.Date.Select(static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Sample(text =>
            {
                var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
                Assert.Equal(expected, Timex.TryIsoDay(text, out var read));
                Assert.Equal(expected ? day : default, read);
            });
}
