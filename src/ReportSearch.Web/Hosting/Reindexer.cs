using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ReportSearch.Index;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// The one way the web host writes: brings the index up to date with <see cref="WebOptions.Reports"/>, one run at a
/// time, for a caller holding the token. The token is the configured one, or a random one made at start and logged
/// (the console is the operator's, not the clients').
/// </summary>
public sealed class Reindexer
{
    private readonly WebOptions _options;
    private readonly IndexLibrary _library;
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly byte[] _token;

    public Reindexer(IOptions<WebOptions> options, IndexLibrary library, ILogger<Reindexer> logger)
    {
        _options = options.Value;
        _library = library;
        var token = _options.ReindexToken;
        if (string.IsNullOrEmpty(token) && _options.AllowReindex)
        {
            token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            logger.LogWarning("Reindexing is allowed; its token for this run is {Token}", token);
        }
        // Without reindexing allowed the watcher alone uses this writer and no token can match.
        _token = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(token) ? Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) : token);
    }

    /// <summary>Whether <paramref name="token"/> is the reindex token (compared in constant time).</summary>
    public bool Accepts(string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), _token);

    /// <summary>Runs one indexing pass over the configured report folders, or returns null at once when one is already running.</summary>
    public IndexSummary? TryRun(CancellationToken cancel) => TryRun(_options.Reports, cancel);

    /// <summary>
    /// Runs one indexing pass over <paramref name="folders"/>, or returns null at once when one is already running:
    /// the reindex call and the folder watcher share this one writer.
    /// </summary>
    public IndexSummary? TryRun(IReadOnlyList<string> folders, CancellationToken cancel, Action<IndexFailure>? failed = null)
    {
        if (!_running.Wait(0)) return null;
        try
        {
            using var index = ReportIndex.OpenOrCreate(_options.Db);
            var writer = new IndexWriter(index, _library.Components.DocumentBuilder());
            return writer.Run(new IndexRunOptions(folders), failed: failed, cancel: cancel);
        }
        finally
        {
            _running.Release();
        }
    }
}
