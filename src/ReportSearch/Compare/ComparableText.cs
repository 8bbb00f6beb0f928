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
    public static string Normalize(string text)
    {
        var folded = TextFolding.Shared.Fold(text);
        var chars = new char[folded.Length];
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c) || CjkCharacters.IsCjk(c)) chars[n++] = char.ToLowerInvariant(c);
        }
        return new string(chars, 0, n);
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
