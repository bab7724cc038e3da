namespace Marsad.Tests.Support;

/// <summary>Paths of the files the test project copies beside itself, and scratch folders.</summary>
internal static class TestFiles
{
    public static string SeedArticle => Sample("kazakhstan-abraham-accords.ar.txt");

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);
}

/// <summary>A scratch folder removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("marsad-test-").FullName;
    }

    public string Path { get; }

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
