namespace ReportSearch.Compare;

/// <summary>
/// Summary of a set of values: quartiles by linear interpolation between closest ranks (the "inclusive" rule of
/// spreadsheets' QUARTILE.INC and R's default), so the median of an even count is the mean of the middle two.
/// </summary>
public sealed record Distribution(int Count, double Min, double Q1, double Median, double Q3, double Max, double Mean)
{
    /// <summary>Null for no values: an empty set has no median, not a median of 0.</summary>
    public static Distribution? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        return new Distribution(sorted.Length, sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1], sorted.Average());
    }

    /// <summary>The p-quantile of ascending values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

/// <summary>
/// A value's place among others. <see cref="Rank"/>: 1 is the largest, equal values share the best rank (1, 2, 2, 4).
/// <see cref="Percentile"/>: the percentile rank 100 × (below + ½ × equal) / n, equal counting the value itself.
/// </summary>
public sealed record RankedValue(ReportRef Report, double Value, bool Approx, int Rank, double Percentile)
{
    /// <summary>Every (report, value) ranked, largest first; ties in report file order.</summary>
    public static IReadOnlyList<RankedValue> RankAll(IEnumerable<(ReportRef Report, double Value, bool Approx)> values)
    {
        var list = values.OrderByDescending(v => v.Value).ThenBy(v => v.Report.File, StringComparer.Ordinal).ToList();
        var ascending = list.Select(v => v.Value).Order().ToArray();
        var result = new List<RankedValue>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var v = list[i];
            var rank = i > 0 && list[i - 1].Value == v.Value ? result[i - 1].Rank : i + 1;
            result.Add(new RankedValue(v.Report, v.Value, v.Approx, rank, PercentileRank(ascending, v.Value)));
        }
        return result;
    }

    private static double PercentileRank(double[] ascending, double value)
    {
        var below = Bound(ascending, value, orEqual: false);
        var equal = Bound(ascending, value, orEqual: true) - below;
        return 100.0 * (below + 0.5 * equal) / ascending.Length;
    }

    /// <summary>How many sorted values are below <paramref name="value"/> (or, with <paramref name="orEqual"/>, not above it).</summary>
    private static int Bound(double[] sorted, double value, bool orEqual)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value || (orEqual && sorted[mid] == value)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
