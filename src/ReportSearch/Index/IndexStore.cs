using Microsoft.Data.Sqlite;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// Writes reports into an open index and removes them, one report at a time, inside the caller's transaction, so a
/// report is always whole or absent. A report's terms go into its postings blob under global term ids
/// (<see cref="TermDictionary"/>); removing a report removes its rows, the blob with them.
/// </summary>
public sealed class IndexStore(ReportIndex index)
{
    private readonly SqliteConnection _db = index.Connection;
    private readonly TermDictionary _terms = new(index.Connection);
    private readonly Dictionary<string, long> _metricKeys = new(StringComparer.Ordinal);

    /// <summary>Every indexed file with its report id and SHA-256.</summary>
    public Dictionary<string, (long Id, string Sha256)> Files()
    {
        var files = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        using var command = Command("SELECT file, id, sha256 FROM reports");
        using var reader = command.ExecuteReader();
        while (reader.Read()) files[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
        return files;
    }

    /// <summary>Adds a report; returns its id.</summary>
    public long Insert(IndexDocument document, SqliteTransaction transaction)
    {
        var report = document.Report;
        using var insert = Command("""
            INSERT INTO reports(file, sha256, township, county, city, province, division_code, year, published, template,
              section_mask, category_mask, anomaly_mask, text, details)
            VALUES($file, $sha, $township, $county, $city, $province, $code, $year, $published, $template,
              $sections, $categories, $anomalies, $text, $details) RETURNING id
            """, transaction,
            ("$file", report.File), ("$sha", report.Sha256), ("$township", report.Township), ("$county", report.County),
            ("$city", report.City), ("$province", report.Province), ("$code", report.DivisionCode), ("$year", report.Year),
            ("$published", report.Published), ("$template", report.Template), ("$sections", document.SectionMask),
            ("$categories", document.CategoryMask), ("$anomalies", document.AnomalyMask), ("$text", document.TextBlob),
            ("$details", document.DetailsBlob));
        var id = (long)insert.ExecuteScalar()!;

        InsertPostings(id, document.Terms, transaction);
        InsertSections(id, report.Sections, transaction);
        InsertFindings(id, report, transaction);
        InsertMetrics(id, report.Metrics, transaction);
        InsertAnomalies(id, report.Anomalies, transaction);
        if (document.Fingerprints is { } prints)
        {
            using var fingerprint = Command("INSERT INTO fingerprints VALUES($id, $prints)", transaction, ("$id", id), ("$prints", prints));
            fingerprint.ExecuteNonQuery();
        }
        return id;
    }

    /// <summary>Removes a report and everything stored with it.</summary>
    public void Delete(long id, SqliteTransaction transaction)
    {
        foreach (var sql in new[]
                 {
                     "DELETE FROM sections WHERE report_id = $id",
                     "DELETE FROM findings WHERE report_id = $id",
                     "DELETE FROM finding_lists WHERE report_id = $id",
                     "DELETE FROM anomalies WHERE report_id = $id",
                     "DELETE FROM metric_zeros WHERE report_id = $id",
                     "DELETE FROM fingerprints WHERE report_id = $id",
                     "DELETE FROM report_terms WHERE report_id = $id",
                     // One seek per known key: the primary key leads with key_id.
                     "DELETE FROM metrics WHERE key_id IN (SELECT id FROM metric_keys) AND report_id = $id",
                     "DELETE FROM reports WHERE id = $id",
                 })
        {
            using var delete = Command(sql, transaction, ("$id", id));
            delete.ExecuteNonQuery();
        }
    }

    private void InsertPostings(long id, ReportTerms terms, SqliteTransaction transaction)
    {
        var blob = PostingsBlob.Pack(terms, _terms.Ids(terms, transaction));
        using var command = Command("INSERT INTO report_terms VALUES($id, $terms)", transaction, ("$id", id), ("$terms", blob));
        command.ExecuteNonQuery();
    }

    private void InsertSections(long id, IReadOnlyList<Section> sections, SqliteTransaction transaction)
    {
        using var command = Command("INSERT INTO sections VALUES($id, $ord, $kind, $title, $start, $end)", transaction);
        for (var i = 0; i < sections.Count; i++)
            Run(command, ("$id", id), ("$ord", i), ("$kind", sections[i].Kind), ("$title", sections[i].Title),
                ("$start", sections[i].Start), ("$end", sections[i].End));
    }

    private void InsertFindings(long id, Report report, SqliteTransaction transaction)
    {
        using var command = Command("INSERT INTO findings VALUES($id, $ord, $list, $title, $start, $end, $categories)", transaction);
        var ord = 0;
        foreach (var (list, findings) in new[] { (FindingLists.Problem, report.Problems), (FindingLists.Measure, report.Measures) })
            foreach (var finding in findings)
                Run(command, ("$id", id), ("$ord", ord++), ("$list", list), ("$title", finding.Title), ("$start", finding.Start),
                    ("$end", finding.End), ("$categories", ReportMasks.Categories(finding)));
        using var lists = Command("INSERT INTO finding_lists VALUES($id, $problems, $measures)", transaction, ("$id", id),
            ("$problems", FindingListTable.Pack(report.Problems)), ("$measures", FindingListTable.Pack(report.Measures)));
        lists.ExecuteNonQuery();
    }

    private void InsertMetrics(long id, IReadOnlyList<Metric> metrics, SqliteTransaction transaction)
    {
        // A key stated twice (a table and the prose) keeps its first value for filtering; show reads the extract blob.
        var (zeros, rest) = ZeroMetrics.Split(metrics);
        using var command = Command("INSERT OR IGNORE INTO metrics VALUES($key, $id, $value)", transaction);
        foreach (var metric in rest)
            Run(command, ("$key", MetricKeyId(metric.Key, transaction)), ("$id", id), ("$value", metric.Value));
        if (zeros is null) return;
        using var zero = Command("INSERT INTO metric_zeros VALUES($id, $keys)", transaction, ("$id", id), ("$keys", zeros));
        zero.ExecuteNonQuery();
    }

    private void InsertAnomalies(long id, IReadOnlyList<Anomaly> anomalies, SqliteTransaction transaction)
    {
        using var command = Command("INSERT INTO anomalies VALUES($id, $ord, $table, $kind, $detail)", transaction);
        for (var i = 0; i < anomalies.Count; i++)
            Run(command, ("$id", id), ("$ord", i), ("$table", anomalies[i].Table), ("$kind", anomalies[i].Kind), ("$detail", anomalies[i].Detail));
    }

    private long MetricKeyId(string key, SqliteTransaction transaction)
    {
        if (_metricKeys.TryGetValue(key, out var id)) return id;
        using var command = Command("INSERT INTO metric_keys(key) VALUES($key) ON CONFLICT(key) DO UPDATE SET key = key RETURNING id", transaction, ("$key", key));
        id = (long)command.ExecuteScalar()!;
        // Cached only for keys whose row is committed with this transaction; a rolled-back batch forgets the cache.
        _metricKeys[key] = id;
        return id;
    }

    /// <summary>Starts a report in its savepoint: what <see cref="ForgetReport"/> undoes.</summary>
    public void BeginReport() => _terms.Mark();

    /// <summary>Forgets the ids cached for the report just rolled back (its new terms and metric keys are gone).</summary>
    public void ForgetReport()
    {
        _metricKeys.Clear();
        _terms.ForgetSinceMark();
    }

    /// <summary>Forgets every cached id: the next report reloads them (at the start of a run, and after a lost batch).</summary>
    public void ForgetCachedIds()
    {
        _metricKeys.Clear();
        _terms.Reset();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    // Parameters are created on the first row and only their values change after: the statement stays prepared.
    private static void Run(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        if (command.Parameters.Count == 0)
            foreach (var (name, _) in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        for (var i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}

/// <summary>The two lists of findings, as stored in <c>findings.list</c>.</summary>
public static class FindingLists
{
    public const string Problem = "problem";
    public const string Measure = "measure";
}
