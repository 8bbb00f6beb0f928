using System.CommandLine;
using ReportSearch.Extraction;
using ReportSearch.Index;
using ReportSearch.Ingest;
using ReportSearch.Serialization;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench index-stages</c>: where indexing spends its time, stage by stage on one thread (read, extract, postings
/// terms, compression, copy-detection fingerprints, SQLite writes, and those writes again without the postings), over the first
/// <c>--count</c> files of a folder; processor time of the thread, not wall time.
/// </summary>
public static class IndexStagesBenchmark
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Folder of reports", Required = true };
        var count = new Option<int>("--count") { Description = "Files", DefaultValueFactory = _ => 500 };
        var command = new Command("index-stages", "Indexing cost per stage, single thread") { dir, count };
        command.SetAction(p => Run(p.GetValue(dir)!, p.GetValue(count)));
        return command;
    }

    private static int Run(string dir, int count)
    {
        using var components = IndexComponents.Create();
        var reader = new ReportFileReader();
        var loader = new ReportLoader(components.Divisions);
        var builder = components.DocumentBuilder();
        var fingerprints = new Compare.PassageFingerprints();
        var files = ReportFiles.Find([dir]).Take(count).ToList();
        // Processor time of this thread per stage: wall time on the shared machine mostly measures the other users.
        // Bytes allocated by this thread per stage too: what a stage allocates is paid again in collections.
        var stages = new Dictionary<string, (double Ms, long Bytes)>();
        T Time<T>(string stage, Func<T> work)
        {
            var start = ThreadClock.Milliseconds();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            try { return work(); }
            finally
            {
                var (ms, bytes) = stages.GetValueOrDefault(stage);
                stages[stage] = (ms + ThreadClock.Milliseconds() - start, bytes + GC.GetAllocatedBytesForCurrentThread() - allocated);
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"bench-stages-{Guid.NewGuid():N}.db");
        using (var index = ReportIndex.OpenOrCreate(path))
        {
            var store = new IndexStore(index);
            var documents = new List<IndexDocument>();
            long rawBytes = 0;
            foreach (var file in files)
            {
                var bytes = Time("read file", () => File.ReadAllBytes(file));
                var source = Time("decode", () => reader.Read(file, bytes));
                var report = Time("extract", () => loader.FromText(file, source.Sha256, source.Raw));
                Time("postings terms", () => builder.Terms(report.Text, report.Sections));
                Time("compress text", () => TextBlob.Pack(source.Raw, report.Text));
                Time("details blob", () => DetailsBlob.Pack(report));
                Time("fingerprints", () => CompareTables.Fingerprint(fingerprints, report));
                documents.Add(builder.Build(report, source.Raw));
                rawBytes += System.Text.Encoding.UTF8.GetByteCount(source.Raw);
            }
            using (var transaction = index.Connection.BeginTransaction())
            {
                foreach (var document in documents) Time("sqlite insert", () => store.Insert(document, transaction));
                Time("sqlite commit", () => { transaction.Commit(); return 0; });
            }
            // The same rows without the postings: what term ids and the postings blob cost the writer on their own.
            using (var other = ReportIndex.OpenOrCreate(path + "-noterms"))
            {
                var otherStore = new IndexStore(other);
                var empty = documents.Select(d => d with { Terms = ReportTerms.Empty }).ToList();
                using var transaction = other.Connection.BeginTransaction();
                foreach (var document in empty) Time("insert without postings", () => otherStore.Insert(document, transaction));
                Time("commit without postings", () => { transaction.Commit(); return 0; });
            }
            Console.WriteLine($"{files.Count} files, {rawBytes / files.Count:N0} bytes of UTF-8 text each on average");
            foreach (var (stage, (ms, bytes)) in stages)
                Console.WriteLine($"{stage,-24} {ms / files.Count,8:0.000} ms/report (processor time) {bytes / 1024.0 / files.Count,8:0.0} KiB/report allocated");
            Console.WriteLine($"text blobs {documents.Sum(d => (long)d.TextBlob.Length) / files.Count:N0} bytes, details blobs {documents.Sum(d => (long)d.DetailsBlob.Length) / files.Count:N0} bytes per report");
            Console.WriteLine($"postings blobs {PostingsBytes(index) / files.Count:N0} bytes, {documents.Sum(d => (long)d.Terms.Length) / files.Count:N0} tokens and {documents.Sum(d => (long)d.Terms.Terms.Length) / files.Count:N0} distinct terms per report");
        }
        Console.WriteLine($"index file {new FileInfo(path).Length / files.Count:N0} bytes per report");
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*")) File.Delete(f);
        return 0;
    }

    private static long PostingsBytes(ReportIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT coalesce(sum(length(terms)), 0) FROM report_terms";
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
