namespace Marsad.Web.Api;

/// <summary>A request parameter that cannot be used; the error handler turns it into 400 with this message.</summary>
internal sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}

/// <summary>A request body over the size limit (413).</summary>
internal sealed class BodyTooLargeException(long limit) : Exception($"the request body is larger than the limit of {limit} bytes.")
{
    public long Limit { get; } = limit;
}
