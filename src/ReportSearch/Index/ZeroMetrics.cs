using ReportSearch.Model;
using ReportSearch.Query;

namespace ReportSearch.Index;

/// <summary>
/// The metrics of a report whose value is 0 and whose key is a METRICS.md key, as a bitmap over
/// <see cref="MetricKeys.All"/>: a standard table is mostly zeros, and a row per zero would be most of the index's
/// metric rows. A key stated twice keeps its first value, as the metrics table does.
/// </summary>
public static class ZeroMetrics
{
    private static readonly Dictionary<string, int> Numbers =
        MetricKeys.All.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);

    /// <summary>The bitmap of zero-valued known keys (null when there are none) and the other metrics.</summary>
    public static (byte[]? Zeros, List<Metric> Others) Split(IReadOnlyList<Metric> metrics)
    {
        var bitmap = new byte[(MetricKeys.All.Count + 7) / 8];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<Metric>();
        var any = false;
        foreach (var metric in metrics)
        {
            if (!seen.Add(metric.Key)) continue;
            if (metric.Value == 0 && Numbers.TryGetValue(metric.Key, out var n))
            {
                bitmap[n / 8] |= (byte)(1 << (n % 8));
                any = true;
            }
            else rest.Add(metric);
        }
        return (any ? bitmap : null, rest);
    }

    /// <summary>True when the bitmap says the report has <paramref name="key"/> with value 0.</summary>
    public static bool Has(byte[] bitmap, string key) =>
        Numbers.TryGetValue(key, out var n) && n / 8 < bitmap.Length && (bitmap[n / 8] & (1 << (n % 8))) != 0;
}
