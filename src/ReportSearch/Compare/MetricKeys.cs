using System.Text.RegularExpressions;
using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// Metric keys and key patterns: <c>*</c> stands for one key segment (<c>appeals.*.total</c>), or for the rest of
/// the key when it ends the pattern (<c>disclosed.channel.*</c>).
/// </summary>
public static class MetricKeys
{
    /// <summary>The metrics a peer comparison shows unless told otherwise (the list).</summary>
    public static readonly IReadOnlyList<string> PeerDefaults =
        ["disclosed.total", "disclosed.channel.*", "requests.new.total", "appeals.*.total"];

    public static bool Matches(string pattern, string key)
    {
        if (!pattern.Contains('*')) return pattern == key;
        var parts = pattern.Split('.').Select((p, i) => p == "*" ? i == pattern.Count(c => c == '.') ? ".+" : "[^.]+" : Regex.Escape(p));
        return Regex.IsMatch(key, "^" + string.Join("\\.", parts) + "$");
    }

    /// <summary>The keys among <paramref name="present"/> that some pattern matches, in pattern order then key order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> patterns, IEnumerable<string> present)
    {
        var keys = present.Distinct().Order(StringComparer.Ordinal).ToList();
        var result = new List<string>();
        foreach (var pattern in patterns)
            foreach (var key in pattern.Contains('*') ? keys.Where(k => Matches(pattern, k)) : [pattern])
                if (!result.Contains(key)) result.Add(key);
        return result;
    }

    /// <summary>
    /// The report's value for a key, or null when the report does not state it (which is not a zero). When a
    /// report states a key twice the table wins over prose: the table is the template's own record.
    /// </summary>
    public static Metric? ValueOf(Report report, string key)
    {
        Metric? found = null;
        foreach (var m in report.Metrics)
        {
            if (m.Key != key) continue;
            if (m.Source == Metric.FromTable) return m;
            found ??= m;
        }
        return found;
    }
}
