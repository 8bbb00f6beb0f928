using System.Text;

namespace ReportSearch.Compare.Service;

/// <summary>Reads what <see cref="BinaryWriter"/> wrote (little-endian ints, 7-bit lengths, UTF-8 strings).</summary>
internal ref struct SpanReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public int Int32()
    {
        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_bytes[_at..]);
        _at += 4;
        return value;
    }

    public bool Boolean() => _bytes[_at++] != 0;

    public void Skip(int count) => _at += count;

    public int VarInt()
    {
        int value = 0, shift = 0;
        byte b;
        do
        {
            if (shift > 28) throw new InvalidDataException("a stored blob holds a malformed length");
            b = _bytes[_at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    public void SkipString()
    {
        var length = VarInt();  // read first: `_at += VarInt()` would add to the position before the length
        _at += length;
    }

    /// <summary>The next string, taken from <paramref name="pool"/>.</summary>
    public string String(StringPool pool)
    {
        var length = VarInt();
        var s = pool.Get(_bytes.Slice(_at, length));
        _at += length;
        return s;
    }

    public string String()
    {
        var length = VarInt();
        var s = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
        _at += length;
        return s;
    }
}
