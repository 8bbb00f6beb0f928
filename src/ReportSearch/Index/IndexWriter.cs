using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using ReportSearch.Ingest;

namespace ReportSearch.Index;

/// <summary>
/// Brings an index up to date with report folders: file list → worker threads (read, hash, and for new or changed
/// files extract, tokenise, compress) → this thread, the only writer, in batched transactions. Each report is
/// written inside a savepoint, so a batch holds whole reports only; a kill at any moment loses at most the batch
/// in flight, and the next run's SHA-256 comparison redoes it. Unchanged files are skipped, changed ones replace
/// their report, vanished ones are removed only when pruning.
/// </summary>
public sealed class IndexWriter(ReportIndex index, IndexDocumentBuilder builder)
{
    private readonly IndexStore _store = new(index);
    // Every report of a file holds the phrases the file was built with, whatever the library's dictionary says now.
    private readonly IndexDocumentBuilder _builder = builder.With(PhraseVocabulary.Read(index.Connection));

    /// <summary>Runs one indexing pass. Cancelling stops early after committing the reports already done.</summary>
    public IndexSummary Run(IndexRunOptions options, IProgress<IndexProgress>? progress = null,
        Action<IndexFailure>? failed = null, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var files = ReportFiles.Find(options.Paths);
        var known = _store.Files();
        var results = Channel.CreateBounded<FileResult>(new BoundedChannelOptions(4 * options.BatchSize) { SingleReader = true });
        var workers = StartWorkers(files, known, options.WorkerCount, results.Writer, cancel);

        var tally = new Tally(files.Count, watch);
        var batch = new Batch(index.Connection, options.BatchSize);
        // Another process may have written since the last run: the term dictionary is read again, once.
        _store.ForgetCachedIds();
        try
        {
            foreach (var result in results.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
            {
                Write(result, batch, tally, failed);
                if (batch.IsFull) batch.Commit();
                progress?.Report(tally.Progress());
            }
            batch.Commit();
        }
        catch
        {
            _store.ForgetCachedIds();
            throw;
        }
        finally
        {
            batch.Dispose();
        }
        workers.Wait(CancellationToken.None);

        var cancelled = cancel.IsCancellationRequested;
        var removed = options.Prune && !cancelled ? Prune(files, options.Paths, known) : 0;
        var summary = tally.Summary(removed, cancelled);
        // Replaced and pruned reports leave free pages; a large run gives them back to the file system.
        if (!cancelled && summary.Indexed + removed >= VacuumAfter) ReportIndex.Execute(index.Connection, "PRAGMA incremental_vacuum");
        ReportIndex.Execute(index.Connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        return summary with { Elapsed = watch.Elapsed };
    }

    /// <summary>Runs that index or remove at least this many reports give free pages back at the end.</summary>
    public const int VacuumAfter = 1000;

    private void Write(FileResult result, Batch batch, Tally tally, Action<IndexFailure>? failed)
    {
        tally.Bytes += result.Bytes;
        if (result.Failure is { } failure)
        {
            tally.Failures.Add(failure);
            failed?.Invoke(failure);
            return;
        }
        if (result.Document is not { } document)
        {
            tally.Unchanged++;
            return;
        }
        var transaction = batch.Transaction();
        transaction.Save("report");
        _store.BeginReport();
        try
        {
            if (result.ReplacesId is { } old) _store.Delete(old, transaction);
            _store.Insert(document, transaction);
            transaction.Release("report");
            tally.Indexed++;
            if (result.ReplacesId is not null) tally.Replaced++;
        }
        catch (SqliteException e)
        {
            transaction.Rollback("report");
            _store.ForgetReport();
            var writeFailure = new IndexFailure(document.Report.File, "cannot be stored: " + e.Message.Split('\n')[0]);
            tally.Failures.Add(writeFailure);
            failed?.Invoke(writeFailure);
        }
    }

    private Task StartWorkers(IReadOnlyList<string> files, Dictionary<string, (long Id, string Sha256)> known, int workers,
        ChannelWriter<FileResult> output, CancellationToken cancel)
    {
        var next = -1;
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            int i;
            while (!cancel.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < files.Count)
            {
                var result = Prepare(files[i], known);
                // Waits while the writer is behind; a cancelled run stops handing over.
                try { output.WriteAsync(result, cancel).AsTask().Wait(CancellationToken.None); }
                catch (AggregateException e) when (e.InnerException is OperationCanceledException) { return; }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        return Task.WhenAll(tasks).ContinueWith(_ => output.Complete(), TaskScheduler.Default);
    }

    private FileResult Prepare(string file, Dictionary<string, (long Id, string Sha256)> known)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult(0, null, null, new IndexFailure(file, "cannot be read: " + e.Message));
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        long? replaces = known.TryGetValue(file, out var old) ? old.Id : null;
        if (replaces is not null && old.Sha256 == sha) return new FileResult(bytes.Length, null, null, null);
        try
        {
            return new FileResult(bytes.Length, _builder.Build(file, bytes), replaces, null);
        }
        catch (UnreadableReportException e)
        {
            return new FileResult(bytes.Length, null, null, new IndexFailure(file, e.Reason));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect in extraction, not bad input: still one line, and the other files go on.
            return new FileResult(bytes.Length, null, null, new IndexFailure(file, $"extraction failed ({e.GetType().Name}: {e.Message})"));
        }
    }

    private int Prune(IReadOnlyList<string> files, IReadOnlyList<string> roots, Dictionary<string, (long Id, string Sha256)> known)
    {
        var present = new HashSet<string>(files, StringComparer.Ordinal);
        var vanished = known.Where(k => !present.Contains(k.Key) && ReportFiles.IsUnder(k.Key, roots)).Select(k => k.Value.Id).ToList();
        using var batch = new Batch(index.Connection, int.MaxValue);
        foreach (var id in vanished) _store.Delete(id, batch.Transaction());
        batch.Commit();
        return vanished.Count;
    }

    /// <summary>What a worker made of one file: a document to write, nothing (unchanged), or a failure.</summary>
    private sealed record FileResult(long Bytes, IndexDocument? Document, long? ReplacesId, IndexFailure? Failure);

    private sealed class Tally(int total, Stopwatch watch)
    {
        public int Indexed, Replaced, Unchanged;
        public long Bytes;
        public List<IndexFailure> Failures { get; } = [];

        private int Done => Indexed + Unchanged + Failures.Count;

        public IndexProgress Progress() => new(Done, total, Indexed, Unchanged, Failures.Count, Bytes, watch.Elapsed);

        public IndexSummary Summary(int removed, bool cancelled) =>
            new(total, Indexed, Replaced, Unchanged, Failures.Count, removed, cancelled, Failures, Bytes, watch.Elapsed);
    }
}
