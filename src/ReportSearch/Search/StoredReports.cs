using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Search;

/// <summary>A report as stored in the index, with its id and the original text it was read from.</summary>
public sealed record StoredReport(long Id, Report Report, string OriginalText);

/// <summary>
/// Reads stored reports back whole: metadata from <c>reports</c>, sections, findings and anomalies from their tables,
/// metrics with provenance from the details blob, both texts from the text blob.
/// </summary>
public sealed class StoredReports(ReportIndex index)
{
    /// <summary>The report with this id, or null.</summary>
    public StoredReport? ById(long id) => Read("id = $key", id);

    /// <summary>The report of this file (as given, or as a full path), or null.</summary>
    public StoredReport? ByFile(string file) => Read("file = $key", file) ?? Read("file = $key", Path.GetFullPath(file));

    /// <summary>An id (all digits) or a file name.</summary>
    public StoredReport? Find(string idOrFile) =>
        long.TryParse(idOrFile, out var id) && !File.Exists(idOrFile) ? ById(id) : ByFile(idOrFile);

    private StoredReport? Read(string where, object key)
    {
        try
        {
            using var command = Command($"""
                SELECT id, file, sha256, township, county, city, province, division_code, year, published, template, text, details
                FROM reports WHERE {where}
                """, ("$key", key));
            using var r = command.ExecuteReader();
            if (!r.Read()) return null;
            var id = r.GetInt64(0);
            var (original, text) = TextBlob.Unpack((byte[])r.GetValue(11));
            var findings = Findings(id);
            var (counties, metrics, findingTexts) = DetailsBlob.Unpack((byte[])r.GetValue(12), text, findings.Count);
            var withText = findings.Select((f, i) => (f.List, Finding: f.Finding with { Text = findingTexts[i] })).ToList();
            var report = new Report
            {
                File = r.GetString(1), Sha256 = r.GetString(2), Text = text, Body = null,
                Township = Text(r, 3), County = Text(r, 4), City = Text(r, 5), Province = Text(r, 6), DivisionCode = Text(r, 7),
                Year = r.IsDBNull(8) ? null : r.GetInt32(8), Published = Text(r, 9), Template = Text(r, 10),
                CountyCandidates = counties, Sections = Sections(id), Metrics = metrics,
                Problems = withText.Where(f => f.List == FindingLists.Problem).Select(f => f.Finding).ToList(),
                Measures = withText.Where(f => f.List == FindingLists.Measure).Select(f => f.Finding).ToList(),
                Anomalies = Anomalies(id),
            };
            return new StoredReport(id, report, original);
        }
        catch (SqliteException e)
        {
            throw ReportIndex.Describe(index.Path, e);
        }
    }

    private List<Section> Sections(long id) =>
        Rows("SELECT kind, title, start, \"end\" FROM sections WHERE report_id = $key ORDER BY ord", id,
            r => new Section(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3)));

    private List<(string List, Finding Finding)> Findings(long id) =>
        Rows("SELECT list, title, start, \"end\", categories FROM findings WHERE report_id = $key ORDER BY ord", id,
            r => (r.GetString(0), new Finding(r.GetString(1), "", ReportMasks.Names(r.GetInt32(4), ProblemCategories.All).ToList(),
                r.GetInt32(2), r.GetInt32(3))));

    private List<Anomaly> Anomalies(long id) =>
        Rows("SELECT tbl, kind, detail FROM anomalies WHERE report_id = $key ORDER BY ord", id,
            r => new Anomaly(r.GetString(0), r.GetString(1), r.GetString(2)));

    private List<T> Rows<T>(string sql, long id, Func<SqliteDataReader, T> read)
    {
        using var command = Command(sql, ("$key", id));
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static string? Text(SqliteDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
