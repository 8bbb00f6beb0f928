using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// A report's section kinds, finding categories and anomaly kinds as bitmasks (bit i = the i-th name of
/// <see cref="SectionKinds.All"/>, <see cref="ProblemCategories.All"/>, <see cref="Kinds"/>): what facets and filters
/// need, in one integer each.
/// </summary>
public static class ReportMasks
{
    /// <summary>The anomaly kinds, in bit order.</summary>
    public static readonly IReadOnlyList<string> AnomalyKindNames =
        [AnomalyKinds.CellCount, AnomalyKinds.SumMismatch, AnomalyKinds.TextTableConflict, AnomalyKinds.MissingTable];

    public static int Sections(Report report) => Mask(report.Sections.Select(s => s.Kind), SectionKinds.All);

    public static int Categories(Report report) =>
        Mask(report.Problems.Concat(report.Measures).SelectMany(f => f.Categories), ProblemCategories.All);

    public static int Categories(Finding finding) => Mask(finding.Categories, ProblemCategories.All);

    public static int Anomalies(Report report) => Mask(report.Anomalies.Select(a => a.Kind), AnomalyKindNames);

    /// <summary>The bit of <paramref name="name"/> in <paramref name="names"/>, or 0 when it is not there.</summary>
    public static int Bit(string name, IReadOnlyList<string> names)
    {
        var i = IndexOf(names, name);
        return i < 0 ? 0 : 1 << i;
    }

    /// <summary>The names whose bits are set.</summary>
    public static IEnumerable<string> Names(int mask, IReadOnlyList<string> names) =>
        names.Where((_, i) => (mask & (1 << i)) != 0);

    internal static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }

    private static int Mask(IEnumerable<string> values, IReadOnlyList<string> names) =>
        values.Aggregate(0, (mask, v) => mask | Bit(v, names));
}
