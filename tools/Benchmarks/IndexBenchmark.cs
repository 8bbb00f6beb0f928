using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using ReportSearch.Index;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench index --dir REPORTS --db PATH</c>: a full indexing run into a new index file, as <c>reportsearch index</c>
/// does it (all cores): reports/s, MB/s of file bytes and of UTF-8 text, peak memory, processor time, and the index
/// size against the reports' raw text (the original decoded text, UTF-8).
/// </summary>
public static class IndexBenchmark
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Folder of reports", Required = true };
        var db = new Option<string>("--db") { Description = "Index file to create (deleted first)", Required = true };
        var command = new Command("index", "Indexing throughput, memory and index size") { dir, db };
        command.SetAction(p => Run(p.GetValue(dir)!, p.GetValue(db)!));
        return command;
    }

    private static int Run(string dir, string db)
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        using var components = IndexComponents.Create();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var (gcPauseBefore, allocatedBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        IndexSummary summary;
        using (var index = ReportIndex.OpenOrCreate(db))
            summary = new IndexWriter(index, components.DocumentBuilder()).Run(new IndexRunOptions([dir]));
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var seconds = summary.Elapsed.TotalSeconds;
        var textBytes = RawTextBytes(db);
        var size = new FileInfo(db).Length;
        Console.WriteLine($"{summary.Indexed:N0} reports indexed ({summary.Failed} failed) in {seconds:N1} s: {summary.Indexed / seconds:N0} reports/s, " +
                          $"{summary.Bytes / 1e6 / seconds:N1} MB/s of files, {textBytes / 1e6 / seconds:N1} MB/s of UTF-8 text");
        Console.WriteLine($"processor time {cpu:N1} s ({cpu * 1000 / summary.Indexed:N2} ms a report; {summary.Indexed / cpu * Environment.ProcessorCount:N0} reports/s if {Environment.ProcessorCount} cores were free); " +
                          $"peak working set {process.PeakWorkingSet64 / 1024 / 1024:N0} MiB");
        // Collections and their pauses are part of the processor time: allocation is a cost of every stage.
        var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
        Console.WriteLine($"allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / summary.Indexed:N0} KiB a report; " +
                          $"collections gen0 {collections[0]:N0}, gen1 {collections[1]:N0}, gen2 {collections[2]:N0}; " +
                          $"GC pauses {(GC.GetTotalPauseDuration() - gcPauseBefore).TotalSeconds:N1} s");
        Console.WriteLine($"index {size / 1e6:N1} MB, raw text {textBytes / 1e6:N1} MB (UTF-8), files {summary.Bytes / 1e6:N1} MB: " +
                          $"index = {(double)size / textBytes:N2} × raw text");
        return 0;
    }

    private static long RawTextBytes(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM reports";
        using var reader = command.ExecuteReader();
        long bytes = 0;
        while (reader.Read()) bytes += Encoding.UTF8.GetByteCount(TextBlob.Unpack((byte[])reader.GetValue(0)).Original);
        return bytes;
    }
}
