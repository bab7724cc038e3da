using Marsad.Knowledge;

namespace Marsad.Tests.Knowledge;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2019-03-20", "2019-03-20", "2019-03-20")]
    [InlineData("2019-03", "2019-03-01", "2019-03-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    public void Parses_to_the_range_of_days_it_can_mean(string text, string first, string last)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.Last);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("20/03/2019")]
    [InlineData("2019-13")]
    [InlineData("2019-02-30")]
    [InlineData("last year")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(PartialDate.TryParse(text, out _));
}

public sealed class KbRoleTests
{
    private static PartialDate D(string s) => PartialDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);

    [Fact]
    public void Trump_second_term_is_held_on_the_seed_date_and_first_term_is_not()
    {
        var second = new KbRole("president", "USA", "GOV", null, D("2025-01-20"), null);
        var first = new KbRole("president", "USA", "GOV", null, D("2017-01-20"), D("2021-01-20"));
        var seed = new DateOnly(2025, 11, 6);
        Assert.True(second.HeldOn(seed));
        Assert.False(first.HeldOn(seed));
        Assert.True(first.HeldOn(new DateOnly(2020, 9, 15)));
        Assert.False(second.HeldOn(new DateOnly(2025, 1, 19)));
    }

    [Fact]
    public void Year_precision_bounds_are_read_generously()
    {
        var role = new KbRole("foreign-minister", "KAZ", "GOV", null, D("2019"), D("2021"));
        Assert.True(role.HeldOn(new DateOnly(2019, 1, 1)));
        Assert.True(role.HeldOn(new DateOnly(2021, 12, 31)));
        Assert.False(role.HeldOn(new DateOnly(2022, 1, 1)));
    }
}
