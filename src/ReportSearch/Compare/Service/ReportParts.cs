using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Compare.Service;

/// <summary>The parts of a report a comparison asks <see cref="ReportParts"/> for.</summary>
[Flags]
internal enum Parts
{
    /// <summary>Problems with their categories, offsets and titles, but empty texts.</summary>
    ProblemCategories = 1,

    /// <summary>Problems with their texts (from <c>finding_lists</c>).</summary>
    Problems = 2 | ProblemCategories,

    /// <summary>Measures with their texts.</summary>
    Measures = 4,

    /// <summary>Every metric with its provenance (the details blob: the approx flag and table-or-prose source).</summary>
    Metrics = 8,

    /// <summary>Anomalies in order.</summary>
    Anomalies = 16,
}

/// <summary>
/// Reads only the asked parts of many reports in a few bulk queries (one over <c>finding_lists</c>, a row per report
/// with its findings' texts, one over <c>anomalies</c>, and only for metrics one over the blobs of <c>reports</c>)
/// instead of one whole stored report at a time, and decodes the blobs on all cores. A report built here holds its row's metadata and the asked
/// parts; its other parts are empty (its <see cref="Report.Text"/> too).
/// </summary>
internal sealed class ReportParts(ReportIndex index)
{
    // Decoding a few reports is not worth starting tasks for.
    private const int ParallelFrom = 64;
    private const int BatchSize = 32;

    /// <summary>
    /// The reports of <paramref name="rows"/>, in that order, with <paramref name="parts"/>; <paramref name="where"/>
    /// and its parameters select at least those rows from <c>reports</c> (rows outside <paramref name="rows"/> are ignored).
    /// </summary>
    public List<Report> Read(IReadOnlyList<ReportRow> rows, Parts parts, string where, (string, object)[] parameters)
    {
        try
        {
            return rows.Count == 0 ? [] : ReadRows(rows, parts, where, parameters);
        }
        catch (SqliteException e)
        {
            throw ReportIndex.Describe(index.Path, e);
        }
    }

    private List<Report> ReadRows(IReadOnlyList<ReportRow> rows, Parts parts, string where, (string, object)[] parameters)
    {
        var wanted = rows.Select(r => r.Id).ToHashSet();
        var measures = (parts & Parts.Measures) != 0;
        var findings = (parts & (Parts.ProblemCategories | Parts.Measures)) != 0
            ? Findings(where, parameters, wanted, (parts & Parts.ProblemCategories) != 0, (parts & Parts.Problems) == Parts.Problems, measures)
            : [];
        var anomalies = (parts & Parts.Anomalies) != 0 ? new IndexedReports(index).Anomalies(where, parameters) : [];

        var reports = new Report[rows.Count];
        void Build(int i, IReadOnlyList<Metric> metrics)
        {
            var (problems, ownMeasures) = findings.GetValueOrDefault(rows[i].Id);
            reports[i] = rows[i].Bare() with
            {
                Anomalies = anomalies.GetValueOrDefault(rows[i].Id) ?? [],
                Metrics = metrics,
                Problems = problems ?? [],
                Measures = ownMeasures ?? [],
            };
        }

        if ((parts & Parts.Metrics) != 0)
        {
            // Blobs are decoded in batches on the thread pool while the next ones are read from the file.
            var positions = rows.Select((r, i) => (r.Id, i)).ToLookup(p => p.Id, p => p.i);
            var pending = new List<Task>();
            var batch = new List<(int, (byte[], byte[]))>();
            void Flush()
            {
                var work = batch;
                batch = [];
                if (rows.Count < ParallelFrom) foreach (var (i, blob) in work) Build(i, Metrics(blob));
                else pending.Add(Task.Run(() => { foreach (var (i, blob) in work) Build(i, Metrics(blob)); }));
            }
            Blobs(where, parameters, (id, blob) =>
            {
                foreach (var i in positions[id]) batch.Add((i, blob));
                if (batch.Count >= BatchSize) Flush();
            });
            Flush();
            Task.WaitAll(pending);
        }
        for (var i = 0; i < rows.Count; i++)
            if (reports[i] is null) Build(i, []);
        return [.. reports];
    }

    /// <summary>Rows selected by id (a township's reports, a peer list): the condition for <see cref="Read"/>.</summary>
    public static (string Where, (string, object)[] Parameters) ById(IEnumerable<ReportRow> rows) =>
        ("id IN (" + string.Join(',', rows.Select(r => r.Id).Distinct()) + ")", []);

    // Metric quotes are slices of the normalised text: the text blob is decoded for them. The finding texts the
    // details blob also holds are not read (0 findings): finding_lists has them.
    private static IReadOnlyList<Metric> Metrics((byte[] Text, byte[] Details) blob) =>
        DetailsBlob.Unpack(blob.Details, FindingTexts.NormalisedText(blob.Text), 0).Metrics;

    // One row per report (FindingListTable): problems (with or without their texts) and measures as asked, their
    // strings pooled (most are template wording).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]  // a loop over a region's rows, run once per question
    private Dictionary<long, (List<Finding>? Problems, List<Finding>? Measures)> Findings(string where, (string, object)[] parameters,
        HashSet<long> wanted, bool problems, bool problemTexts, bool measures)
    {
        var result = new Dictionary<long, (List<Finding>?, List<Finding>?)>();
        var strings = new StringPool();
        // GetValue hands over the provider's copy; GetBytes would copy it once more (a third of the reading time).
        List<Finding> List(SqliteDataReader r, int column, bool texts) =>
            FindingListTable.Unpack((byte[])r.GetValue(column), texts, Categories, strings);
        using var command = Command($"""
            SELECT report_id, {(problems ? "problems" : "NULL")}, {(measures ? "measures" : "NULL")} FROM finding_lists
            WHERE report_id IN (SELECT id FROM reports WHERE {where})
            """, parameters);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (!wanted.Contains(id)) continue;
            result[id] = (problems ? List(r, 1, problemTexts) : null, measures ? List(r, 2, texts: true) : null);
        }
        return result;
    }

    // Reports hold a handful of category sets: one list per bitmask, shared (the lists are never changed).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<string>> CategoryLists = new();

    private static IReadOnlyList<string> Categories(int mask) =>
        CategoryLists.GetOrAdd(mask, m => ReportMasks.Names(m, ProblemCategories.All).ToList());

    private void Blobs(string where, (string, object)[] parameters, Action<long, (byte[] Text, byte[] Details)> blob)
    {
        using var command = Command($"SELECT id, text, details FROM reports WHERE {where}", parameters);
        using var r = command.ExecuteReader();
        while (r.Read()) blob(r.GetInt64(0), ((byte[])r.GetValue(1), (byte[])r.GetValue(2)));
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
