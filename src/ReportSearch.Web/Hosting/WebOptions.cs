using ReportSearch.Index;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// The host's settings, bound from the configuration section <c>ReportSearch</c> (the CLI's <c>serve</c> passes its
/// options there as <c>--ReportSearch:Db=PATH</c> and so on; tests set them with <c>UseSetting</c>).
/// </summary>
public sealed record WebOptions
{
    public const string Section = "ReportSearch";

    /// <summary>Where <c>serve</c> listens unless told otherwise: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The index file.</summary>
    public string Db { get; init; } = ReportIndex.DefaultPath;

    /// <summary>Folder of the rolling log files.</summary>
    public string LogFolder { get; init; } = "index-data/logs";

    /// <summary>Longest query accepted, in characters; longer ones are a 400 before any parsing.</summary>
    public int MaxQueryLength { get; init; } = 500;

    /// <summary>Largest request body accepted, in bytes (only the reindex call has one).</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Requests one client (by remote address) may make per <see cref="RateWindowSeconds"/>; 0 or less: no limit.</summary>
    public int RatePermits { get; init; } = 120;

    public int RateWindowSeconds { get; init; } = 60;

    /// <summary>Whether <c>POST /api/reindex</c> exists at all.</summary>
    public bool AllowReindex { get; init; }

    /// <summary>The secret a reindex call must carry in <c>X-Reindex-Token</c>; a random one is made and logged when unset.</summary>
    public string? ReindexToken { get; init; }

    /// <summary>The report folders a reindex call brings the index up to date with.</summary>
    public string[] Reports { get; init; } = [];

    /// <summary>Folders watched while the server runs: reports added or changed there are indexed (<c>serve --watch</c>).</summary>
    public string[] Watch { get; init; } = [];

    /// <summary>How long the folders must be quiet before a watched change is indexed, and how often they are rescanned.</summary>
    public int WatchSeconds { get; init; } = 5;
}
