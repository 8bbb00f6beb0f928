using Microsoft.Data.Sqlite;
using ReportSearch.Divisions;
using ReportSearch.Index;
using ReportSearch.Model;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// The filters of a query compiled into one test per report id against the <see cref="DocValues"/> arrays; metric
/// comparisons are looked up once in the metrics table (its key leads the primary key, so one range scan each).
/// </summary>
internal sealed class ReportFilter
{
    private readonly List<Func<int, bool>> _tests = [];

    public ReportFilter(IReadOnlyList<QueryFilter> filters, DocValues values, SqliteConnection connection)
    {
        foreach (var filter in filters)
            _tests.Add(filter switch
            {
                YearRange y => id => values.Year[id] >= y.From && values.Year[id] <= y.To && values.Year[id] != 0,
                RegionFilter r => Region(r, values),
                TemplateFilter t => Equal(values.Template, values.IdOf(t.Edition)),
                SectionFilter s => Mask(values.Sections, ReportMasks.Bit(s.Kind, SectionKinds.All)),
                CategoryFilter c => Mask(values.Categories, ReportMasks.Bit(c.Name, ProblemCategories.All)),
                AnomalyFilter a => Mask(values.Anomalies, ReportMasks.Bit(a.Kind, ReportMasks.AnomalyKindNames)),
                MetricFilter m => Metric(m, connection),
                _ => throw new ArgumentException($"unknown filter {filter}"),
            });
    }

    /// <summary>True when the query has no filters (every report is accepted).</summary>
    public bool IsEmpty => _tests.Count == 0;

    public bool Accepts(int id)
    {
        foreach (var test in _tests)
            if (!test(id)) return false;
        return true;
    }

    private static Func<int, bool> Region(RegionFilter filter, DocValues values)
    {
        var column = filter.Level switch
        {
            DivisionLevel.Province => values.Province,
            DivisionLevel.City => values.City,
            DivisionLevel.County => values.County,
            _ => values.Township,
        };
        return Equal(column, values.IdOf(filter.Name));
    }

    private static Func<int, bool> Equal(int[] column, int wanted) => id => column[id] == wanted;

    private static Func<int, bool> Mask(int[] column, int bit) => id => bit != 0 && (column[id] & bit) != 0;

    private static Func<int, bool> Metric(MetricFilter filter, SqliteConnection connection)
    {
        var ids = new HashSet<long>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.report_id, m.value FROM metrics m JOIN metric_keys k ON k.id = m.key_id WHERE k.key = $key";
        command.Parameters.AddWithValue("$key", filter.Key);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (filter.Holds(reader.GetDouble(1))) ids.Add(reader.GetInt64(0));
        if (filter.Holds(0)) AddZeros(filter.Key, ids, connection);
        return id => ids.Contains(id);
    }

    // Zero values are a bitmap per report (ZeroMetrics), read only when 0 passes the comparison.
    private static void AddZeros(string key, HashSet<long> ids, SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT report_id, keys FROM metric_zeros";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (ZeroMetrics.Has((byte[])reader.GetValue(1), key)) ids.Add(reader.GetInt64(0));
    }
}
