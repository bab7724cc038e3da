using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Marsad.Web.Tests.Support;

/// <summary>The status line, headers and body of one HTTP/1.1 response, as read off the socket.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A bare HTTP/1.1 client that sends a request body in pieces and, before each piece, looks whether the server
/// has already answered: a server that refuses a body part way (413) is heard, not lost under a write to a
/// connection the server has closed, as HttpClient loses it (it reports only the failed write).
/// </summary>
internal static class EarlyAnswerClient
{
    private const int Piece = 8 * 1024;

    /// <summary>
    /// POSTs <paramref name="bodyBytes"/> bytes of JSON-looking filler to <paramref name="path"/>, with its length
    /// declared (Content-Length) or chunked, stopping as soon as the server answers; returns that answer.
    /// </summary>
    public static async Task<RawResponse> PostAsync(Uri server, string path, long bodyBytes, bool chunked, IReadOnlyDictionary<string, string> headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var socket = client.Client;
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\n");
        head.Append(chunked ? "Transfer-Encoding: chunked\r\n" : string.Create(CultureInfo.InvariantCulture, $"Content-Length: {bodyBytes}\r\n"));
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await socket.SendAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        var piece = Encoding.ASCII.GetBytes(new string(' ', Piece));
        var chunkHead = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Piece:x}\r\n"));
        try
        {
            for (long sent = 0; sent < bodyBytes && !socket.Poll(0, SelectMode.SelectRead); sent += Piece)
            {
                if (chunked)
                {
                    await socket.SendAsync(chunkHead);
                    await socket.SendAsync(piece);
                    await socket.SendAsync("\r\n"u8.ToArray());
                }
                else
                {
                    await socket.SendAsync(piece.AsMemory(0, (int)Math.Min(Piece, bodyBytes - sent)));
                }
            }
        }
        catch (SocketException)
        {
            // The server closed the connection under this write: its answer, sent before, is read below.
        }

        return Parse(await ReadAnswer(socket));
    }

    /// <summary>Reads until the response's body is complete or the server closes; what arrived before a reset is kept.</summary>
    private static async Task<byte[]> ReadAnswer(Socket socket)
    {
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            while (!Complete(received.ToArray()) && await socket.ReceiveAsync(buffer) is var n and > 0)
            {
                received.Write(buffer, 0, n);
            }
        }
        catch (SocketException) when (received.Length > 0)
        {
            // Reset after the answer arrived.
        }

        return received.ToArray();
    }

    private static bool Complete(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var headers = Head(text[..end]).Headers;
        if (headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }

        var length = headers.TryGetValue("Content-Length", out var declared) ? int.Parse(declared, CultureInfo.InvariantCulture) : int.MaxValue;
        return bytes.Length - Encoding.UTF8.GetByteCount(text[..(end + 4)]) >= length;
    }

    private static RawResponse Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"no complete response head in {bytes.Length} bytes: {text}");
        var (status, headers) = Head(text[..end]);
        var body = text[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return new RawResponse(status, headers, body);
    }

    private static (int Status, Dictionary<string, string> Headers) Head(string head)
    {
        var lines = head.Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parts in lines.Skip(1).Select(line => line.Split(':', 2)))
        {
            headers[parts[0].Trim()] = parts[1].Trim();
        }

        return (int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture), headers);
    }

    /// <summary>The body of a chunked response (sizes in hex, each chunk followed by CRLF, a zero chunk last).</summary>
    private static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        var bytes = Encoding.UTF8.GetBytes(chunked);
        var at = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", Encoding.UTF8.GetCharCount(bytes, 0, at), StringComparison.Ordinal);
            var size = int.Parse(chunked[Encoding.UTF8.GetCharCount(bytes, 0, at)..lineEnd].Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            at = Encoding.UTF8.GetByteCount(chunked[..lineEnd]) + 2;
            if (size == 0)
            {
                return body.ToString();
            }

            body.Append(Encoding.UTF8.GetString(bytes, at, size));
            at += size + 2;
        }
    }
}
