namespace ReportSearch.Compare;

/// <summary>
/// 64-bit hashes that are the same in every process and on every machine (string.GetHashCode is not), so
/// signatures computed at index time can be compared with signatures computed later.
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a over the UTF-16 code units, finished with <see cref="Mix"/> for good low bits.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return Mix(h);
    }

    /// <summary>The SplitMix64 finaliser: a bijection that spreads every input bit over the output.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
