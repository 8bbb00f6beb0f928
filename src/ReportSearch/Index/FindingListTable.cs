using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using ReportSearch.Compare.Service;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// What schema 3 adds for the comparisons: each report's problems and measures with their texts, one uncompressed
/// row per report (<c>finding_lists</c>), so a region's problems are read by one indexed query of a row per report
/// instead of decompressing every report's text blob (the original text sits before the normalised one, so a slice
/// of the latter meant decoding both) or stepping through a row per finding; and an index covering the rows a
/// province's comparison lists, so they come from the index alone instead of a table page per report (a row with
/// its blobs fills a page). A list is a count, then per finding its title, text, start, end and category bitmask
/// (the bits of <c>findings.categories</c>), in the layout <see cref="BinaryWriter"/> writes.
/// </summary>
public static class FindingListTable
{
    public static readonly IReadOnlyList<string> Create =
    [
        "CREATE TABLE finding_lists(report_id INTEGER PRIMARY KEY, problems BLOB NOT NULL, measures BLOB NOT NULL)",
        "CREATE INDEX reports_province_rows ON reports(province, year, id, file, township, county, city, division_code)",
    ];

    // Reports whose blobs are decoded together on all cores while upgrading, then written by this thread.
    private const int Batch = 256;

    /// <summary>One list of a report, as the table stores it.</summary>
    public static byte[] Pack(IReadOnlyList<Finding> findings) =>
        Pack(findings.Select(f => (f.Title, f.Text, f.Start, f.End, ReportMasks.Categories(f))).ToList());

    private static byte[] Pack(IReadOnlyList<(string Title, string Text, int Start, int End, int Categories)> findings)
    {
        var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(findings.Count);
            foreach (var (title, text, start, end, categories) in findings)
            {
                w.Write(title);
                w.Write(text);
                w.Write7BitEncodedInt(start);
                w.Write7BitEncodedInt(end);
                w.Write7BitEncodedInt(categories);
            }
        }
        return bytes.ToArray();
    }

    /// <summary>
    /// The findings of a stored list; their texts left empty unless <paramref name="texts"/> (not decoding them is
    /// most of the saving when only categories are wanted). <paramref name="categories"/> names a bitmask; titles
    /// and texts come from <paramref name="strings"/>.
    /// </summary>
    // Once per report of a question, from the first: optimised at once rather than first as tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<Finding> Unpack(ReadOnlySpan<byte> list, bool texts, Func<int, IReadOnlyList<string>> categories, StringPool strings)
    {
        var r = new SpanReader(list);
        var count = r.VarInt();
        var findings = new List<Finding>(count);
        for (var i = 0; i < count; i++)
        {
            var title = r.String(strings);
            string text;
            if (texts) text = r.String(strings);
            else
            {
                r.SkipString();
                text = "";
            }
            var start = r.VarInt();
            var end = r.VarInt();
            findings.Add(new Finding(title, text, categories(r.VarInt()), start, end));
        }
        return findings;
    }

    /// <summary>
    /// Schema 2 → 3: adds the table and the index, and fills the table from <c>findings</c> and the stored blobs
    /// (the texts indexing would have written: slices of the normalised text, or the texts the details blob keeps
    /// apart); <see cref="IndexMigrations"/> runs it in a transaction.
    /// </summary>
    internal static void Upgrade(SqliteConnection connection)
    {
        foreach (var sql in Create) ReportIndex.Execute(connection, sql);

        using var read = connection.CreateCommand();
        read.CommandText = $"SELECT id, text, details FROM reports WHERE id > $after ORDER BY id LIMIT {Batch}";
        var after = read.Parameters.Add("$after", SqliteType.Integer);
        using var findings = connection.CreateCommand();
        findings.CommandText = """
            SELECT report_id, list, title, start, "end", categories FROM findings
            WHERE report_id > $after AND report_id <= $last ORDER BY report_id, ord
            """;
        var from = findings.Parameters.Add("$after", SqliteType.Integer);
        var to = findings.Parameters.Add("$last", SqliteType.Integer);
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO finding_lists VALUES($id, $problems, $measures)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var problems = insert.Parameters.Add("$problems", SqliteType.Blob);
        var measures = insert.Parameters.Add("$measures", SqliteType.Blob);

        var last = long.MinValue;
        while (true)
        {
            var blobs = new List<(long Id, byte[] Text, byte[] Details)>();
            after.Value = last;
            using (var r = read.ExecuteReader())
                while (r.Read()) blobs.Add((r.GetInt64(0), (byte[])r.GetValue(1), (byte[])r.GetValue(2)));
            if (blobs.Count == 0) return;

            // Rows of findings in ord order: a finding's ord is its place among the texts the details blob holds.
            var rows = new Dictionary<long, List<(string List, string Title, int Start, int End, int Categories)>>();
            (from.Value, to.Value) = (last, blobs[^1].Id);
            using (var r = findings.ExecuteReader())
                while (r.Read())
                {
                    if (!rows.TryGetValue(r.GetInt64(0), out var own)) rows[r.GetInt64(0)] = own = [];
                    own.Add((r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)));
                }
            last = blobs[^1].Id;

            var packed = new (byte[] Problems, byte[] Measures)[blobs.Count];
            Parallel.For(0, blobs.Count, i =>
            {
                var own = rows.GetValueOrDefault(blobs[i].Id) ?? [];
                var texts = own.Count == 0 ? [] : FindingTexts.Read(blobs[i].Text, blobs[i].Details, own.Count, _ => true);
                var all = own.Select((f, ord) => (f.List, Finding: (f.Title, texts[ord]!, f.Start, f.End, f.Categories))).ToList();
                packed[i] = (Pack(all.Where(f => f.List == FindingLists.Problem).Select(f => f.Finding).ToList()),
                    Pack(all.Where(f => f.List == FindingLists.Measure).Select(f => f.Finding).ToList()));
            });
            for (var i = 0; i < blobs.Count; i++)
            {
                id.Value = blobs[i].Id;
                (problems.Value, measures.Value) = packed[i];
                insert.ExecuteNonQuery();
            }
        }
    }
}
