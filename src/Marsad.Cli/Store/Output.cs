using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Cli.Store;

/// <summary>How the store commands write: UTF-8 without BOM, Arabic unescaped in JSON.</summary>
internal static class Output
{
    public static JsonSerializerOptions Json { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static StreamWriter Writer(Stream stdout) => new(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
}
