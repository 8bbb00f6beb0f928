using Microsoft.Extensions.Options;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// <c>serve --watch DIR</c>: keeps the index up to date with report folders while the server runs (new reports arrive
/// every spring). File events mark the folders changed; once they have been quiet for <see cref="WebOptions.WatchSeconds"/>
/// one indexing pass runs (unchanged files are skipped by their SHA-256), and searches go on meanwhile (WAL). A slow
/// periodic rescan catches what events miss (network folders, editors that replace files).
/// </summary>
public sealed class FolderWatcher : BackgroundService
{
    private const int RescanEvery = 12;
    private readonly WebOptions _options;
    private readonly Reindexer _reindexer;
    private readonly ILogger<FolderWatcher> _logger;
    private long _lastEventTicks;
    private int _pending = 1; // catch up once at start

    public FolderWatcher(IOptions<WebOptions> options, Reindexer reindexer, ILogger<FolderWatcher> logger)
    {
        _options = options.Value;
        _reindexer = reindexer;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var folders = _options.Watch.Where(f => !string.IsNullOrWhiteSpace(f)).Select(Path.GetFullPath).ToArray();
        if (folders.Length == 0) return;
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                _logger.LogError("Cannot watch {Folder}: no such folder", folder);
                continue;
            }
            watchers.Add(Watch(folder));
            _logger.LogInformation("Watching {Folder} for new and changed reports", folder);
        }
        try
        {
            var quiet = TimeSpan.FromSeconds(Math.Max(1, _options.WatchSeconds));
            for (int tick = 1; !stopping.IsCancellationRequested; tick++)
            {
                await Task.Delay(quiet, stopping);
                if (tick % RescanEvery == 0) Interlocked.Exchange(ref _pending, 1);
                bool settled = DateTime.UtcNow.Ticks - Interlocked.Read(ref _lastEventTicks) >= quiet.Ticks;
                if (settled && Interlocked.Exchange(ref _pending, 0) == 1)
                    await Task.Run(() => IndexOnce(folders, stopping), stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var w in watchers) w.Dispose();
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        FileSystemEventHandler changed = (_, _) => MarkChanged();
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => MarkChanged();
        watcher.Error += (_, e) => { _logger.LogWarning("Watching {Folder}: {Error}; rescanning", folder, e.GetException().Message); MarkChanged(); };
        return watcher;
    }

    private void MarkChanged()
    {
        Interlocked.Exchange(ref _lastEventTicks, DateTime.UtcNow.Ticks);
        Interlocked.Exchange(ref _pending, 1);
    }

    private void IndexOnce(IReadOnlyList<string> folders, CancellationToken stopping)
    {
        try
        {
            var summary = _reindexer.TryRun(folders, stopping,
                f => _logger.LogWarning("Not indexed: {File}: {Reason}", f.File, f.Reason));
            if (summary is null)
            {
                Interlocked.Exchange(ref _pending, 1); // another run holds the writer: try again next tick
                return;
            }
            if (summary.Indexed > 0 || summary.Failed > 0 || summary.Removed > 0)
                _logger.LogInformation("Watched folders: indexed {Indexed} ({Replaced} changed), failed {Failed}, unchanged {Unchanged}",
                    summary.Indexed, summary.Replaced, summary.Failed, summary.Unchanged);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The server keeps serving what is indexed; the next change or rescan tries again.
            _logger.LogError("Indexing the watched folders failed: {Message}", e.Message);
        }
    }
}
