using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportSearch.Compare.Service;

/// <summary>
/// Decodes UTF-8 strings keeping one instance per distinct value. Problem statements of template wording repeat by
/// the thousand in a region: pooled, a region's 23,000 statements hold ~700 strings instead of 23,000, which the
/// garbage collector then need not copy from generation to generation while a question is answered, and equal
/// texts compare by reference. One pool per question (not shared: it only grows).
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StringPool() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string of these UTF-8 bytes (decoded into a buffer first: a string already pooled is not allocated again).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]  // twice per finding read, from the first question on
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var rented = utf8.Length > 512 ? ArrayPool<char>.Shared.Rent(utf8.Length) : null;
        try
        {
            // UTF-8 never decodes to more UTF-16 code units than it has bytes.
            Span<char> chars = rented is null ? stackalloc char[utf8.Length] : rented;
            chars = chars[..Encoding.UTF8.GetChars(utf8, chars)];
            if (_byChars.TryGetValue(chars, out var pooled)) return pooled;
            var text = new string(chars);
            _strings[text] = text;
            return text;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
