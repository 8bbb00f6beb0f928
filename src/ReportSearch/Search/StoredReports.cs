using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Model;
using ReportSearch.Serialization;

namespace ReportSearch.Search;

/// <summary>A report as stored in the index, with its id and the original text it was read from.</summary>
public sealed record StoredReport(long Id, Report Report, string OriginalText);

/// <summary>Reads stored reports back: the extract (metrics with provenance, findings, anomalies) and both texts.</summary>
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
            using var command = index.Connection.CreateCommand();
            command.CommandText = $"SELECT id, text, extract FROM reports WHERE {where}";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return null;
            var (original, normalised) = TextBlob.Unpack((byte[])reader.GetValue(1));
            var report = ExtractJson.Deserialize(TextBlob.UnpackString((byte[])reader.GetValue(2))) with { Text = normalised };
            return new StoredReport(reader.GetInt64(0), report, original);
        }
        catch (SqliteException e)
        {
            throw ReportIndex.Describe(index.Path, e);
        }
    }
}
