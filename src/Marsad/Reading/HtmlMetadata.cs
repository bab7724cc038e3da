namespace Marsad.Reading;

/// <summary>What an HTML page says about its article.</summary>
internal sealed record HtmlMetadata(string? Title, string? Url, DateOnly? Published, string? Language);
