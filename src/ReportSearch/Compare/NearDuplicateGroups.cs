using System.Runtime.CompilerServices;

namespace ReportSearch.Compare;

/// <summary>
/// Groups MinHash signatures whose estimated overlap reaches a threshold, without comparing all pairs: LSH banding
/// puts each signature in one bucket per band, and only signatures sharing a bucket are compared. Identical
/// signatures (a sentence every report holds) are collapsed before banding, so their cost stays linear.
/// </summary>
public static class NearDuplicateGroups
{
    /// <summary>
    /// Components of the "similar" relation as lists of indexes into <paramref name="signatures"/>; singletons left
    /// out. <paramref name="valueBits"/> is how many bits each signature value keeps (<see cref="PassageFingerprints.EstimatedOverlap"/>).
    /// </summary>
    // Called a few times per question: optimised at once (see CommonProblems.Rank).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<List<int>> Find(IReadOnlyList<uint[]> signatures, int bands, double minSimilarity, int valueBits = 32)
    {
        var parent = Enumerable.Range(0, signatures.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        void Union(int a, int b)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        if (signatures.Count == 0) return [];
        // Identical signatures are the same passage: joined to the first of them up front, so that only distinct
        // signatures go into the buckets (statements of a template repeat by the thousand).
        var distinct = new List<int>();
        var byWhole = new Dictionary<ulong, List<int>>();
        var byReference = new Dictionary<uint[], int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < signatures.Count; i++)
        {
            // The same array is the same signature, without hashing it again (callers share one per distinct text).
            if (byReference.TryGetValue(signatures[i], out var first))
            {
                Union(first, i);
                continue;
            }
            byReference[signatures[i]] = i;
            var whole = BandKey(signatures[i], 0, signatures[i].Length);
            if (!byWhole.TryGetValue(whole, out var firsts)) byWhole[whole] = firsts = [];
            var same = firsts.FindIndex(f => ReferenceEquals(signatures[f], signatures[i]) || signatures[f].AsSpan().SequenceEqual(signatures[i]));
            if (same >= 0) Union(firsts[same], i);
            else
            {
                firsts.Add(i);
                distinct.Add(i);
            }
        }
        var rows = signatures[0].Length / bands;
        for (var band = 0; band < bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            foreach (var i in distinct)
            {
                var key = BandKey(signatures[i], band, rows);
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(i);
            }
            foreach (var bucket in buckets.Values)
                if (bucket.Count > 1) Join(bucket, signatures, minSimilarity, valueBits, Union, Root);
        }

        return Enumerable.Range(0, signatures.Count).GroupBy(Root).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();
    }

    private static void Join(List<int> bucket, IReadOnlyList<uint[]> signatures, double minSimilarity, int valueBits, Action<int, int> union, Func<int, int> root)
    {
        // Distinct representatives: all pairs while few; past that, against the first and any already joined root,
        // which keeps a pathological bucket linear at the price of missing some near-but-not-equal links.
        var allPairs = bucket.Count <= 48;
        for (var a = 0; a < bucket.Count; a++)
            for (var b = a + 1; b < bucket.Count && (allPairs || a == 0); b++)
            {
                var (x, y) = (bucket[a], bucket[b]);
                if (root(x) != root(y) && PassageFingerprints.EstimatedOverlap(signatures[x], signatures[y], valueBits) >= minSimilarity) union(x, y);
            }
    }

    private static ulong BandKey(uint[] signature, int band, int rows)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (var r = band * rows; r < (band + 1) * rows; r++) h = StableHash.Mix(h ^ signature[r]);
        return h;
    }
}
