using ReportSearch.Analysis;
using ReportSearch.Analysis.Folding;

namespace ReportSearch.Compare;

/// <summary>
/// Text reduced to what decides whether two passages say the same thing: folded (full-width → half-width,
/// traditional → simplified) and stripped of everything but letters, digits and ideographs, so punctuation,
/// spacing and item markers' brackets do not count as differences.
/// </summary>
public static class ComparableText
{
    // Per UTF-16 code unit, what normalising keeps of it ('\0' for nothing): folding is one char to one char, so
    // the whole normalisation is one table look-up a character, built once per process (never changed after).
    private static readonly Lazy<char[]> KeptChars = new(BuildKeptChars, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Normalize(string text)
    {
        var chars = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(chars[..Normalize(text, chars)]);
    }

    /// <summary>Writes the normalised text into <paramref name="into"/> (at least as long as the text); returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> into)
    {
        var kept = KeptChars.Value;
        var n = 0;
        foreach (var c in text)
        {
            var k = kept[c];
            if (k != '\0') into[n++] = k;
        }
        return n;
    }

    /// <summary>Per UTF-16 code unit, its normalised form, or '\0' when normalising drops it.</summary>
    internal static ReadOnlySpan<char> KeptTable => KeptChars.Value;

    private static char[] BuildKeptChars()
    {
        var folding = TextFolding.Shared;
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = folding.Fold((char)i);
            if (char.IsLetterOrDigit(c) || CjkCharacters.IsCjk(c)) table[i] = char.ToLowerInvariant(c);
        }
        return table;
    }

    /// <summary>The distinct character bigrams of a normalised text, each packed into one int.</summary>
    public static HashSet<int> Bigrams(string normalized)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < normalized.Length; i++) set.Add((normalized[i] << 16) | normalized[i + 1]);
        if (normalized.Length == 1) set.Add(normalized[0] << 16);
        return set;
    }

    /// <summary>|A ∩ B| / |A ∪ B|; two empty sets are not similar.</summary>
    public static double Jaccard<T>(IReadOnlySet<T> a, IReadOnlySet<T> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
