using Marsad.Web.Hosting;

namespace Marsad.Web.Api;

/// <summary>A page's form, read once (ASP.NET Core keeps it for the handler) within the body limit and Kestrel's form limits.</summary>
internal static class FormInput
{
    public static async Task<IFormCollection> ReadAsync(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<MarsadWebOptions>().MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new BodyTooLargeException(limit);
        }

        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            // The form options' own limits (value count, value length): a bad request, never a 500.
            throw new BadParameterException("form", $"the form cannot be read: {e.Message}");
        }
    }
}
