using Marsad.Events.Arguments;

namespace Marsad.Tests.Events;

/// <summary>The event date rules as pure functions: the calendar part of a TIMEX3 value, and how old is history.</summary>
public sealed class EventDatesTests
{
    [Theory]
    [InlineData("2025-05-04TMO", "2025-05-04")]
    [InlineData("2025-05-04T14:30", "2025-05-04")]
    [InlineData("2025-05-04", "2025-05-04")]
    [InlineData("2025-05", "2025-05")]
    [InlineData("2025-W18", "2025-W18")]
    [InlineData("2025", "2025")]
    public void An_event_date_keeps_the_calendar_part_of_its_time(string value, string date) =>
        Assert.Equal(date, EventDates.CalendarPart(value));

    [Theory]
    [InlineData("2025-11-05", false)]
    [InlineData("2025-10-07", false)]
    [InlineData("2025-10-06", true)]
    [InlineData("2025-10", false)]
    [InlineData("2025-09", true)]
    [InlineData("2025", false)]
    [InlineData("2024", true)]
    [InlineData("198", true)]
    [InlineData("18", true)]
    [InlineData("PRESENT_REF", false)]
    public void History_is_dated_wholly_more_than_30_days_before_publication(string value, bool longPast) =>
        Assert.Equal(longPast, EventDates.IsLongPast(value, new DateOnly(2025, 11, 6)));
}
