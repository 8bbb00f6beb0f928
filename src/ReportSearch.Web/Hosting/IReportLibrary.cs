using ReportSearch.Search;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// What the endpoints ask of the index. One seam, so endpoint groups do not open files themselves and tests can put
/// a failing library in its place.
/// </summary>
public interface IReportLibrary
{
    /// <exception cref="Query.QuerySyntaxException">The query cannot be read.</exception>
    /// <exception cref="ArgumentException">The sort is unknown.</exception>
    /// <exception cref="Index.IndexUnavailableException">No usable index.</exception>
    SearchResult Search(SearchRequest request);

    /// <summary>The stored report with this id, or null.</summary>
    StoredReport? Report(long id);

    /// <summary>How many reports the index holds (for <c>/health</c>).</summary>
    int Count();

    /// <summary>When the index was last written (a watched folder or a reindex call may change it while serving).</summary>
    DateTimeOffset? LastChanged() => null;
}
