namespace Marsad.Web.Tests.Support;

/// <summary>One of each page the app serves (the article page aside: its id comes from the store), with the seed article stored.</summary>
public static class PageTour
{
    public static TheoryData<string> Paths() =>
    [
        "/",
        "/?q=" + Uri.EscapeDataString("ويتكوف"),
        "/entity?id=KAZ",
        "/dyad?a=KAZ&b=ISR",
        "/events?actor=KAZ",
        "/map",
        "/analyze",
        "/sources",
        "/alerts",
    ];
}
