using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Model;
using ReportSearch.Search;

namespace ReportSearch.Compare.Service;

/// <summary>
/// Reads from the index only what a comparison needs: report rows by township or region (through the indexes of
/// schema 2), metric values of one key, anomalies, fingerprints. Never re-reads report files.
/// </summary>
internal sealed class IndexedReports(ReportIndex index)
{
    private const string RowColumns = "id, file, township, county, city, province, division_code, year";

    /// <summary>Rows whose township is <paramref name="name"/>.</summary>
    public List<ReportRow> ByTownship(string name) => Rows("township = $name", ("$name", name));

    /// <summary>Rows of a region (all when null) and a year (all when null).</summary>
    public List<ReportRow> InScope(RegionFilter? region, int? year)
    {
        var (where, parameters) = ScopeSql(region, year);
        return Rows(where, parameters);
    }

    /// <summary>The SQL condition on <c>reports</c> selecting a region and year, with its parameters.</summary>
    public static (string Where, (string, object)[] Parameters) ScopeSql(RegionFilter? region, int? year)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object)>();
        if (region is not null)
        {
            clauses.Add(Column(region.Level) + " = $region");
            parameters.Add(("$region", region.Name));
        }
        if (year is not null)
        {
            clauses.Add("year = $year");
            parameters.Add(("$year", year.Value));
        }
        return (clauses.Count == 0 ? "1" : string.Join(" AND ", clauses), parameters.ToArray());
    }

    public static string Column(RegionScope level) => level switch
    {
        RegionScope.Province => "province",
        RegionScope.City => "city",
        _ => "county",
    };

    /// <summary>How many reports a region and year hold.</summary>
    public int Count(RegionFilter? region, int? year)
    {
        var (where, parameters) = ScopeSql(region, year);
        return Read($"SELECT count(*) FROM reports WHERE {where}", r => r.GetInt32(0), parameters).Single();
    }

    /// <summary>Keys with a non-zero value somewhere, and every METRICS.md key (zeros are stored as a bitmap over those).</summary>
    public HashSet<string> MetricKeys()
    {
        var keys = Read("SELECT key FROM metric_keys", r => r.GetString(0), []).ToHashSet(StringComparer.Ordinal);
        keys.UnionWith(Query.MetricKeys.All);
        return keys;
    }

    /// <summary>Every distinct township name (for suggestions).</summary>
    public List<string> TownshipNames() => Read("SELECT DISTINCT township FROM reports WHERE township IS NOT NULL", r => r.GetString(0), []);

    /// <summary>Every distinct name of a region level (for suggestions).</summary>
    public List<string> RegionNames(RegionScope level)
    {
        var column = Column(level);
        return Read($"SELECT DISTINCT {column} FROM reports WHERE {column} IS NOT NULL", r => r.GetString(0), []);
    }

    /// <summary>Per report id, the value of <paramref name="key"/>: a row of <c>metrics</c>, or 0 from the zero bitmap.</summary>
    public Dictionary<long, double> Values(string key, string where, (string, object)[] parameters)
    {
        var values = new Dictionary<long, double>();
        foreach (var (id, value) in Read($"""
                     SELECT m.report_id, m.value FROM metrics m
                     WHERE m.key_id = (SELECT id FROM metric_keys WHERE key = $key) AND m.report_id IN (SELECT id FROM reports WHERE {where})
                     """, r => (r.GetInt64(0), r.GetDouble(1)), [.. parameters, ("$key", key)]))
            values[id] = value;
        foreach (var (id, bitmap) in Read($"SELECT report_id, keys FROM metric_zeros WHERE report_id IN (SELECT id FROM reports WHERE {where})",
                     r => (r.GetInt64(0), (byte[])r.GetValue(1)), parameters))
            if (!values.ContainsKey(id) && ZeroMetrics.Has(bitmap, key)) values[id] = 0;
        return values;
    }

    /// <summary>Per report id, its anomalies in order.</summary>
    public Dictionary<long, List<Anomaly>> Anomalies(string where, (string, object)[] parameters)
    {
        var result = new Dictionary<long, List<Anomaly>>();
        foreach (var (id, anomaly) in Read($"SELECT report_id, tbl, kind, detail FROM anomalies WHERE report_id IN (SELECT id FROM reports WHERE {where}) ORDER BY report_id, ord",
                     r => (r.GetInt64(0), new Anomaly(r.GetString(1), r.GetString(2), r.GetString(3))), parameters))
        {
            if (!result.TryGetValue(id, out var list)) result[id] = list = [];
            list.Add(anomaly);
        }
        return result;
    }

    /// <summary>Per report id, the fingerprint blob written at index time.</summary>
    public Dictionary<long, byte[]> Fingerprints(string where, (string, object)[] parameters) =>
        Read($"SELECT report_id, prints FROM fingerprints WHERE report_id IN (SELECT id FROM reports WHERE {where})",
            r => (r.GetInt64(0), (byte[])r.GetValue(1)), parameters).ToDictionary(p => p.Item1, p => p.Item2);

    private List<ReportRow> Rows(string where, params (string, object)[] parameters)
    {
        var rows = Read($"SELECT {RowColumns} FROM reports WHERE {where} ORDER BY id", r =>
            new ReportRow(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6),
                r.IsDBNull(7) ? null : r.GetInt32(7), []), parameters);
        // The details blob (behind the text blob in the row) is read only for an open county: its candidates are
        // part of the township's identity. One query for all of them (a region holds hundreds).
        var open = rows.Where(r => r.County is null).Select(r => r.Id).ToList();
        if (open.Count == 0) return rows;
        var candidates = Read($"SELECT id, details FROM reports WHERE id IN ({string.Join(',', open)})",
            r => (Id: r.GetInt64(0), Counties: DetailsBlob.CountyCandidates((byte[])r.GetValue(1))), []).ToDictionary(c => c.Id, c => c.Counties);
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].County is null) rows[i] = rows[i] with { CountyCandidates = candidates[rows[i].Id] };
        return rows;
    }

    private List<T> Read<T>(string sql, Func<SqliteDataReader, T> read, (string, object)[] parameters)
    {
        try
        {
            using var command = index.Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read()) rows.Add(read(reader));
            return rows;
        }
        catch (SqliteException e)
        {
            throw ReportIndex.Describe(index.Path, e);
        }
    }

    private static string? Text(SqliteDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);
}
