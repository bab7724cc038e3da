namespace Marsad.Web.Hosting;

/// <summary>The stylesheet, the script and the world map's shapes (with their licence), embedded in the assembly and served under <c>/static</c>.</summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Files = Load();

    public static void Map(WebApplication app) =>
        app.MapGet("/static/{name}", (string name, HttpContext context) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(file.Bytes, file.ContentType);
        }).ExcludeFromDescription();

    private static Dictionary<string, (byte[], string)> Load()
    {
        const string prefix = "Marsad.Web.Static.";
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(static n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".json" => "application/json",
                ".txt" => "text/plain; charset=utf-8",
                _ => "application/octet-stream",
            };
            files[name] = (buffer.ToArray(), type);
        }

        return files;
    }
}
