using System.Buffers;

namespace Marsad.Reading;

/// <summary>
/// The lines of a stream as UTF-8 bytes, ended by '\n' only (as <see cref="ArticleReader.ReadJsonLines"/> splits
/// them): a JSON line whose bytes are valid UTF-8 goes to the JSON reader as they are, without being decoded to
/// UTF-16 and encoded back (which was most of what reading a corpus allocated). A UTF-8 byte-order mark at the
/// start is skipped; a stream that starts with a UTF-16 or UTF-32 mark is not UTF-8 and is told apart
/// (<see cref="WideMark"/>) before any line is read, to be decoded as text from <see cref="Rest"/>.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int ChunkSize = 1 << 16;

    private readonly Stream _stream;
    private readonly byte[] _rented = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private byte[] _buffer;
    private int _start; // the unread bytes are [_start, _end)
    private int _end;
    private int _scanned; // how many bytes from _start are known to hold no '\n'
    private bool _ended;

    public Utf8LineReader(Stream stream)
    {
        _stream = stream;
        _buffer = _rented;
        // Enough bytes to see a byte-order mark (at most four).
        while (!_ended && _end < 4)
        {
            Fill();
        }

        var head = _buffer.AsSpan(0, _end);
        WideMark = head is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..];
        if (head is [0xEF, 0xBB, 0xBF, ..])
        {
            _start = 3;
        }
    }

    /// <summary>Whether the stream starts with a UTF-16 or UTF-32 byte-order mark: its lines are not UTF-8.</summary>
    public bool WideMark { get; }

    /// <summary>The line <see cref="Next"/> found, without its '\n'; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>Moves to the next line; false at the end of the stream (a last line without '\n' counts when not empty).</summary>
    public bool Next()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = _scanned + newline;
                Current = new ReadOnlyMemory<byte>(_buffer, _start, length);
                _start += length + 1;
                _scanned = 0;
                return true;
            }

            _scanned = _end - _start;
            if (_ended)
            {
                Current = new ReadOnlyMemory<byte>(_buffer, _start, _end - _start);
                _start = _end;
                _scanned = 0;
                return !Current.IsEmpty;
            }

            Fill();
        }
    }

    /// <summary>The stream from its first byte, those already read included: for a stream with a <see cref="WideMark"/>.</summary>
    public Stream Rest() => new ReplayStream(_buffer.AsMemory(_start, _end - _start), _stream);

    public void Dispose() => ArrayPool<byte>.Shared.Return(_rented);

    // Reads more of the stream after the unread bytes, moving them to the front or into a larger buffer (a long
    // line; not pooled, as the pool would keep it) when there is no room.
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = new byte[_buffer.Length * 2];
            _buffer.AsSpan(0, _end).CopyTo(larger);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _ended = read == 0;
    }

    /// <summary>Bytes already read from a stream, then the rest of it.</summary>
    private sealed class ReplayStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _head = head;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_head.IsEmpty)
            {
                return rest.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _head.Length);
            _head.Span[..n].CopyTo(buffer);
            _head = _head[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
