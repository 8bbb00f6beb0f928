using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ReportSearch.Index;
using ReportSearch.Search;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// The index as the web host uses it: a <see cref="Searcher"/> answers one search at a time on one SQLite connection,
/// so requests lease an open session from a small pool and give it back. Sessions open lazily, so the host starts
/// (and <c>/health</c> answers) before an index exists; one that failed is dropped, not reused. The analyzer is built
/// once, on first use, and shared (it is thread-safe).
/// </summary>
public sealed class IndexLibrary : IReportLibrary, IDisposable
{
    private readonly string _db;
    private readonly Lazy<IndexComponents> _components = new(IndexComponents.Create);
    private readonly ConcurrentBag<Session> _idle = [];
    // The in-memory postings, held once for all the pool's searchers.
    private readonly Postings.PostingsSource _postings = new();
    private readonly int _maxIdle = Math.Max(2, Environment.ProcessorCount);

    public IndexLibrary(IOptions<WebOptions> options) => _db = options.Value.Db;

    /// <summary>The analyzer and division table, shared with reindexing.</summary>
    public IndexComponents Components => _components.Value;

    /// <summary>The index file.</summary>
    public string Db => _db;

    public SearchResult Search(SearchRequest request) => Use(s => s.Searcher.Search(request));

    public StoredReport? Report(long id) => Use(s => s.Reports.ById(id));

    /// <summary>The latest write time of the index file and its write-ahead log (writes land in the log first).</summary>
    public DateTimeOffset? LastChanged()
    {
        var times = new[] { _db, _db + "-wal" }.Where(File.Exists).Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero)).ToList();
        return times.Count == 0 ? null : times.Max();
    }

    /// <summary>Runs read-only work on a leased session (the comparison questions read reports directly).</summary>
    public T Read<T>(Func<ReportIndex, StoredReports, T> work) => Use(s => work(s.Index, s.Reports));

    public int Count() => Use(s =>
    {
        using var command = s.Index.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM reports";
        return Convert.ToInt32(command.ExecuteScalar());
    });

    private T Use<T>(Func<Session, T> work)
    {
        var session = _idle.TryTake(out var idle) ? idle : Open();
        try
        {
            var result = work(session);
            if (_idle.Count < _maxIdle) _idle.Add(session);
            else session.Dispose();
            return result;
        }
        catch (Query.QuerySyntaxException)
        {
            // The user's mistake, not the session's: keep it.
            _idle.Add(session);
            throw;
        }
        catch (ArgumentException)
        {
            _idle.Add(session);
            throw;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private Session Open()
    {
        var index = ReportIndex.OpenExisting(_db);
        return new Session(index, new Searcher(index, Components.Analyzer, _postings), new StoredReports(index));
    }

    // The container disposes this twice (as itself and as IReportLibrary), and the analyzer's Dispose is not idempotent.
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        while (_idle.TryTake(out var session)) session.Dispose();
        if (_components.IsValueCreated) _components.Value.Dispose();
    }

    private sealed record Session(ReportIndex Index, Searcher Searcher, StoredReports Reports) : IDisposable
    {
        public void Dispose() => Index.Dispose();
    }
}
