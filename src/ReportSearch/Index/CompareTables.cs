using Microsoft.Data.Sqlite;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// What schema 2 adds for the comparisons (<see cref="ReportComparisons"/>): each report's passage fingerprints
/// (<see cref="FingerprintBlob"/>, computed at index time so copy detection never re-reads texts), and indexes on
/// the township and region columns so a comparison reads only its township's or region's rows.
/// </summary>
public static class CompareTables
{
    public static readonly IReadOnlyList<string> Create =
    [
        "CREATE TABLE fingerprints(report_id INTEGER PRIMARY KEY, prints BLOB NOT NULL)",
        "CREATE INDEX reports_township ON reports(township)",
        "CREATE INDEX reports_county ON reports(county, year)",
        "CREATE INDEX reports_city ON reports(city, year)",
        "CREATE INDEX reports_province ON reports(province, year)",
        "CREATE INDEX reports_year ON reports(year)",
    ];

    /// <summary>The fingerprint blob of a report, as the index stores it.</summary>
    public static byte[] Fingerprint(PassageFingerprints fingerprints, Report report) =>
        FingerprintBlob.Pack(fingerprints.Of(report));

    /// <summary>
    /// Schema 1 → 2: adds the tables and indexes, and fingerprints every stored report from its stored text
    /// (the same text and metadata indexing would have used); <see cref="IndexMigrations"/> runs it in a transaction.
    /// </summary>
    internal static void Upgrade(SqliteConnection connection)
    {
        foreach (var sql in Create) ReportIndex.Execute(connection, sql);
        FingerprintStoredReports(connection);
    }

    // Reports decoded and fingerprinted at a time: bounds memory on a large index (the texts are not all held).
    private const int UpgradeBatch = 256;

    /// <summary>
    /// Computes every stored report's fingerprint from its stored normalised text and region columns — what
    /// indexing used — and stores it in <c>fingerprints</c>, replacing any there. Reads in batches; each batch's
    /// blobs are decompressed and fingerprinted on all cores, then written by this thread (the caller's transaction).
    /// </summary>
    internal static void FingerprintStoredReports(SqliteConnection connection)
    {
        var fingerprints = new PassageFingerprints();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR REPLACE INTO fingerprints VALUES($id, $prints)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var prints = insert.Parameters.Add("$prints", SqliteType.Blob);
        var batch = new List<StoredRow>(UpgradeBatch);
        void Flush()
        {
            var blobs = new byte[batch.Count][];
            Parallel.For(0, batch.Count, i => blobs[i] = Fingerprint(fingerprints, batch[i].ToReport()));
            for (var i = 0; i < batch.Count; i++)
            {
                id.Value = batch[i].Id;
                prints.Value = blobs[i];
                insert.ExecuteNonQuery();
            }
            batch.Clear();
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT id, file, township, county, city, province, division_code, year, text, details FROM reports ORDER BY id";
        using var r = read.ExecuteReader();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            batch.Add(new StoredRow(r.GetInt64(0), r.GetString(1), Text(2), Text(3), Text(4), Text(5), Text(6),
                r.IsDBNull(7) ? null : r.GetInt32(7), (byte[])r.GetValue(8), (byte[])r.GetValue(9)));
            if (batch.Count == UpgradeBatch) Flush();
        }
        Flush();
    }

    /// <summary>A report's row as stored: the columns fingerprinting needs, blobs still compressed.</summary>
    private sealed record StoredRow(long Id, string File, string? Township, string? County, string? City, string? Province,
        string? DivisionCode, int? Year, byte[] TextBlob, byte[] DetailsBlob)
    {
        public Report ToReport() => new()
        {
            File = File, Sha256 = "", Text = Index.TextBlob.Unpack(TextBlob).Normalised,
            Township = Township, County = County, City = City, Province = Province, DivisionCode = DivisionCode,
            Year = Year, CountyCandidates = Index.DetailsBlob.CountyCandidates(DetailsBlob),
        };
    }
}
