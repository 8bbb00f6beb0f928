using System.Buffers;

namespace ReportSearch.Postings;

/// <summary>
/// Report ids in ascending order with a score each (aligned arrays): what a node of a query plan matches. AND, OR and
/// NOT are merges of sorted lists; scores add up, so a report's score is the sum over the phrases it matched. A merge
/// whose size is known only at its end fills pooled scratch arrays and copies them out at their size: one pair of
/// exact arrays per merge, rather than a list's doublings (large ones on the large-object heap).
/// </summary>
public sealed record ScoredDocs(int[] Ids, double[] Scores)
{
    public static readonly ScoredDocs Empty = new([], []);

    public int Count => Ids.Length;

    /// <summary>Reports in both; the smaller list is walked and looked up in the larger by galloping.</summary>
    public static ScoredDocs And(ScoredDocs a, ScoredDocs b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var ids = ArrayPool<int>.Shared.Rent(a.Count);
        var scores = ArrayPool<double>.Shared.Rent(a.Count);
        var k = 0;
        var from = 0;
        for (var i = 0; i < a.Count && from < b.Count; i++)
        {
            var j = Gallop(b.Ids, from, a.Ids[i]);
            from = j;
            if (j < b.Count && b.Ids[j] == a.Ids[i])
            {
                ids[k] = a.Ids[i];
                scores[k++] = a.Scores[i] + b.Scores[j];
                from = j + 1;
            }
        }
        return Copied(ids, scores, k);
    }

    /// <summary>Reports in either; a report in both gets both scores.</summary>
    public static ScoredDocs Or(ScoredDocs a, ScoredDocs b)
    {
        var ids = new int[a.Count + b.Count];
        var scores = new double[ids.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a.Ids[i] < b.Ids[j]))
            {
                ids[k] = a.Ids[i];
                scores[k++] = a.Scores[i++];
            }
            else if (i >= a.Count || b.Ids[j] < a.Ids[i])
            {
                ids[k] = b.Ids[j];
                scores[k++] = b.Scores[j++];
            }
            else
            {
                ids[k] = a.Ids[i];
                scores[k++] = a.Scores[i++] + b.Scores[j++];
            }
        }
        return k == ids.Length ? new ScoredDocs(ids, scores) : new ScoredDocs(ids[..k], scores[..k]);
    }

    /// <summary>Reports of <paramref name="a"/> not in <paramref name="b"/>.</summary>
    public static ScoredDocs Except(ScoredDocs a, ScoredDocs b)
    {
        if (b.Count == 0) return a;
        var ids = ArrayPool<int>.Shared.Rent(a.Count);
        var scores = ArrayPool<double>.Shared.Rent(a.Count);
        var k = 0;
        var from = 0;
        for (var i = 0; i < a.Count; i++)
        {
            from = Gallop(b.Ids, from, a.Ids[i]);
            if (from < b.Count && b.Ids[from] == a.Ids[i]) continue;
            ids[k] = a.Ids[i];
            scores[k++] = a.Scores[i];
        }
        return Copied(ids, scores, k);
    }

    // The first `count` of pooled scratch arrays as a result of its own; the scratch goes back to the pool.
    private static ScoredDocs Copied(int[] ids, double[] scores, int count)
    {
        var result = new ScoredDocs(ids.AsSpan(0, count).ToArray(), scores.AsSpan(0, count).ToArray());
        ArrayPool<int>.Shared.Return(ids);
        ArrayPool<double>.Shared.Return(scores);
        return result;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose id is not below <paramref name="target"/>.</summary>
    private static int Gallop(int[] ids, int from, int target)
    {
        if (from >= ids.Length || ids[from] >= target) return from;
        var step = 1;
        var low = from;
        var high = from + 1;
        while (high < ids.Length && ids[high] < target)
        {
            low = high;
            step <<= 1;
            high = Math.Min(ids.Length, high + step);
        }
        high = Math.Min(high, ids.Length);
        while (low + 1 < high)
        {
            var mid = (low + high) >>> 1;
            if (ids[mid] < target) low = mid;
            else high = mid;
        }
        return high;
    }
}
