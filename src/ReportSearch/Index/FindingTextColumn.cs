using Microsoft.Data.Sqlite;
using ReportSearch.Compare.Service;

namespace ReportSearch.Index;

/// <summary>
/// What schema 3 adds for the common-problems question: each finding's text in <c>findings.text</c>, so a region's
/// problems are read with their texts by one indexed query instead of decompressing every report's text blob (the
/// blob holds the original text before the normalised one, so cutting a slice meant decoding both); and an index
/// covering the rows a province's comparison lists, so they are read from the index alone instead of one table
/// page per report (rows with their blobs fill a page each).
/// </summary>
public static class FindingTextColumn
{
    public static readonly IReadOnlyList<string> Create =
    [
        "CREATE INDEX reports_province_rows ON reports(province, year, id, file, township, county, city, division_code)",
    ];

    // Reports whose blobs are decoded together on all cores, then written by this thread.
    private const int Batch = 256;

    /// <summary>
    /// Schema 2 → 3: adds the column and the index, and fills the column from the stored blobs (the texts indexing
    /// would have written: the slices of the normalised text, or the texts the details blob keeps apart);
    /// <see cref="IndexMigrations"/> runs it in a transaction.
    /// </summary>
    internal static void Upgrade(SqliteConnection connection)
    {
        // Declared as CREATE TABLE findings declares it (last, nullable), so an upgraded file and a new one agree.
        ReportIndex.Execute(connection, "ALTER TABLE findings ADD COLUMN text TEXT");
        foreach (var sql in Create) ReportIndex.Execute(connection, sql);

        var counts = new Dictionary<long, int>();
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT report_id, count(*) FROM findings GROUP BY report_id";
            using var r = count.ExecuteReader();
            while (r.Read()) counts[r.GetInt64(0)] = r.GetInt32(1);
        }

        using var read = connection.CreateCommand();
        read.CommandText = $"SELECT id, text, details FROM reports WHERE id > $after ORDER BY id LIMIT {Batch}";
        var after = read.Parameters.Add("$after", SqliteType.Integer);
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE findings SET text = $text WHERE report_id = $id AND ord = $ord";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var ord = update.Parameters.Add("$ord", SqliteType.Integer);
        var text = update.Parameters.Add("$text", SqliteType.Text);

        var last = long.MinValue;
        while (true)
        {
            var blobs = new List<(long Id, byte[] Text, byte[] Details)>();
            after.Value = last;
            using (var r = read.ExecuteReader())
                while (r.Read()) blobs.Add((r.GetInt64(0), (byte[])r.GetValue(1), (byte[])r.GetValue(2)));
            if (blobs.Count == 0) return;
            last = blobs[^1].Id;

            var texts = new string?[blobs.Count][];
            Parallel.For(0, blobs.Count, i =>
            {
                var (reportId, textBlob, details) = blobs[i];
                texts[i] = counts.TryGetValue(reportId, out var n) ? FindingTexts.Read(textBlob, details, n, _ => true) : [];
            });
            for (var i = 0; i < blobs.Count; i++)
                for (var o = 0; o < texts[i].Length; o++)
                {
                    id.Value = blobs[i].Id;
                    ord.Value = o;
                    text.Value = texts[i][o];
                    update.ExecuteNonQuery();
                }
        }
    }
}
