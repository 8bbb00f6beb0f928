using System.Buffers;

namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// A growable run of characters that a normalisation step writes into. Steps make one forward pass each, so a plain
/// array with a length is all they need; it also lets a step look back at what it has already written.
/// </summary>
public sealed class CharBuffer : IDisposable
{
    private readonly ArrayPool<char>? _pool;
    private char[] _chars;

    public CharBuffer(int capacity) => _chars = new char[Math.Max(16, capacity)];

    private CharBuffer(ArrayPool<char> pool, int capacity)
    {
        _pool = pool;
        _chars = pool.Rent(Math.Max(16, capacity));
    }

    /// <summary>
    /// A buffer whose array comes from <paramref name="pool"/> and goes back on <see cref="Dispose"/>: the normaliser
    /// needs two text-sized buffers a report only while it runs; fresh ones were three quarters of what it allocated.
    /// </summary>
    public static CharBuffer Rent(ArrayPool<char> pool, int capacity) => new(pool, capacity);

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public char this[int index] => index < Length ? _chars[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The last character written, or '\0' when nothing has been.</summary>
    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Drops everything after the first <paramref name="length"/> characters.</summary>
    public void Truncate(int length)
    {
        if ((uint)length > (uint)Length) throw new ArgumentOutOfRangeException(nameof(length));
        Length = length;
    }

    public override string ToString() => new(_chars, 0, Length);

    /// <summary>Gives a rented array back to its pool; the buffer must not be used afterwards. Nothing to do for an unpooled one.</summary>
    public void Dispose()
    {
        if (_pool is null || _chars.Length == 0) return;
        _pool.Return(_chars);
        _chars = [];
        Length = 0;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_chars.Length * 2, Length + needed);
        if (_pool is null)
        {
            Array.Resize(ref _chars, size);
            return;
        }
        var larger = _pool.Rent(size);
        _chars.AsSpan(0, Length).CopyTo(larger);
        _pool.Return(_chars);
        _chars = larger;
    }
}
