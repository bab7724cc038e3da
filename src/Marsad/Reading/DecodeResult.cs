namespace Marsad.Reading;

/// <summary>The text decoded from an input's bytes and the encoding it was read as, or why it could not be read.</summary>
internal sealed record DecodeResult(string Text, string EncodingName, string? Error)
{
    public bool IsSuccess => Error is null;

    public static DecodeResult Success(string text, string encodingName) => new(text, encodingName, null);

    public static DecodeResult Failure(string error) => new(string.Empty, string.Empty, error);
}
