namespace Marsad.Reading;

/// <summary>The formats the reader recognises; the names are what <see cref="Marsad.Model.SourceDocument.Format"/> records.</summary>
internal enum InputFormat
{
    Text,
    Html,
    JsonLines,
}

internal static class InputFormatNames
{
    public static string Name(this InputFormat format) => format switch
    {
        InputFormat.Html => "html",
        InputFormat.JsonLines => "jsonl",
        _ => "text",
    };
}
