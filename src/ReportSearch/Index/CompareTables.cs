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
        var fingerprints = new PassageFingerprints();
        var rows = new List<(long Id, Report Report)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT id, file, township, county, city, province, division_code, year, text, details FROM reports";
            using var r = read.ExecuteReader();
            while (r.Read())
            {
                string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                rows.Add((r.GetInt64(0), new Report
                {
                    File = r.GetString(1), Sha256 = "", Text = TextBlob.Unpack((byte[])r.GetValue(8)).Normalised,
                    Township = Text(2), County = Text(3), City = Text(4), Province = Text(5), DivisionCode = Text(6),
                    Year = r.IsDBNull(7) ? null : r.GetInt32(7), CountyCandidates = DetailsBlob.CountyCandidates((byte[])r.GetValue(9)),
                }));
            }
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO fingerprints VALUES($id, $prints)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var prints = insert.Parameters.Add("$prints", SqliteType.Blob);
        foreach (var (reportId, report) in rows)
        {
            id.Value = reportId;
            prints.Value = Fingerprint(fingerprints, report);
            insert.ExecuteNonQuery();
        }
    }
}
