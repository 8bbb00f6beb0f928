using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Index;
using ReportSearch.Postings;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Answers queries on an open index: the in-memory postings for the text (ids and bm25 scores; loaded on the first
/// text query, refreshed incrementally when the index changes), the in-memory <see cref="DocValues"/> for filters and
/// facets, the metrics table for metric filters and sorting, and the stored text of the page's hits for snippets.
/// A query's filters are pushed into the text matching (only the reports they allow are counted and scored); the
/// text part's result is kept for a few distinct queries (<see cref="TextMatchCache"/>): paging, sorting and facet
/// clicks reuse it. Only the facets a request names are counted. Searchers of one file may share one <see cref="PostingsSource"/> (the postings are then
/// held once). One search at a time per instance (one SQLite connection).
/// </summary>
public sealed class Searcher
{
    private readonly ReportIndex _index;
    private readonly Analyzer _analyzer;
    private readonly QueryPlanBuilder _planBuilder;
    private readonly TextMatcher _text = new();
    private readonly HitBuilder _hits;
    private readonly TextMatchCache _cache = new(8);
    private readonly FacetCounter _facets = new();
    private readonly MatchBuffers _results = new();
    private bool[] _allowed = [];
    private readonly PostingsSource _postings;
    private PostingsSnapshot? _snapshot;
    private DocValues? _values;
    private long _dataVersion = -1;
    private long _changes = -1;

    public Searcher(ReportIndex index, Analyzer analyzer, PostingsSource? postings = null)
    {
        _index = index;
        _analyzer = analyzer;
        _planBuilder = new QueryPlanBuilder(new AnalyzerQueryAdapter(analyzer));
        _hits = new HitBuilder(index.Connection, analyzer);
        _postings = postings ?? new PostingsSource();
    }

    /// <exception cref="QuerySyntaxException">The query cannot be read; it says where.</exception>
    /// <exception cref="ArgumentException">The sort is neither relevance, year nor a metric key, or a facet is unknown.</exception>
    /// <exception cref="IndexUnavailableException">The index cannot be read.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var (ranked, parsed) = Ranked(request);
        return Guarded(() =>
        {
            var phrases = parsed.PositiveTerms().SelectMany(_analyzer.QueryTerms).ToList();
            var scores = ranked.Page.ToDictionary(p => p.Id, p => p.Score);
            var hits = _hits.Build(ranked.Page.Select(p => p.Id).ToList(), id => scores[id], phrases, ranked.SectionKinds, request);
            return new SearchResult(ranked.Total, hits, ranked.Facets);
        });
    }

    /// <summary>
    /// The search without the hits' stored rows and snippets: the total, the facets and the page's ids and scores
    /// (what the benchmark times as the matching part).
    /// </summary>
    public RankedPage Rank(SearchRequest request) => Ranked(request).Ranked;

    /// <summary>
    /// Forgets the text parts kept for follow-up requests (they are forgotten anyway when the index changes); for
    /// measuring a query as first asked.
    /// </summary>
    public void ForgetCachedQueries() => _cache.Clear();

    /// <summary>The postings as this searcher last saw them (null before the first text query).</summary>
    public PostingsSnapshot? Postings => _snapshot;

    /// <summary>The ids of every matching report, ascending (for checks against a brute-force scan).</summary>
    internal IReadOnlyList<int> MatchingIds(string query) => Guarded(() =>
    {
        var matched = Match(QueryParser.Parse(query)).Matched;
        return matched.Ids[..matched.Count];
    });

    private (RankedPage Ranked, ParsedQuery Parsed) Ranked(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = QueryParser.Parse(request.Query);
        var sort = SortOrder.Parse(request.Sort);
        var facetNames = FacetCounter.Selected(request.Facets);
        return Guarded(() =>
        {
            var (matched, sectionKinds, values) = Match(parsed);
            var facets = _facets.Count(matched.Ids.AsSpan(0, matched.Count), values, facetNames);
            var page = sort.Page(matched.Ids, matched.Scores, matched.Count, values, _index.Connection, request.Offset, request.Limit);
            return (new RankedPage(matched.Count, page, facets, sectionKinds), parsed);
        });
    }

    private T Guarded<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw ReportIndex.Describe(_index.Path, e);
        }
    }

    private (MatchedReports Matched, List<string> SectionKinds, DocValues Values) Match(ParsedQuery parsed)
    {
        var values = Values();
        var plan = _planBuilder.Build(parsed);
        var sectionKinds = parsed.Filters.OfType<SectionFilter>().Select(f => f.Kind).Distinct().ToList();
        var filter = new ReportFilter(parsed.Filters, values, _index.Connection);
        if (plan == QueryPlan.None) return (_results.AllBut([], filter, values), sectionKinds, values);

        // An unfiltered result kept from an earlier request serves any filters; otherwise the filters are pushed
        // into matching, and that result is kept under a key naming them.
        var text = _cache.Find(plan, sectionKinds, "") ?? (filter.IsEmpty
            ? _cache.GetOrAdd(plan, sectionKinds, "", () => Run(plan, sectionKinds, null))
            : _cache.GetOrAdd(plan, sectionKinds, FilterKey(parsed.Filters), () => Run(plan, sectionKinds, Allowed(filter, values))));
        var matched = text.Scores is null
            ? _results.AllBut(text.Excluded, filter, values)
            : _results.Kept(text.Scores, text.Filtered ? null : filter, values);
        return (matched, sectionKinds, values);
    }

    private TextMatchResult Run(QueryPlan plan, List<string> sectionKinds, bool[]? allowed)
    {
        var postings = _snapshot ??= _postings.Current(_index.Connection);
        return new TextMatchResult(_text.Include(plan, sectionKinds, postings, allowed), _text.Excluded(plan, sectionKinds, postings, allowed), allowed is not null);
    }

    // \u0003 separates the filters (records, whose text names every value).
    private static string FilterKey(IReadOnlyList<QueryFilter> filters) => string.Join("\u0003", filters.Select(f => f.ToString()));

    // The reports the filters accept, by id (a buffer reused from search to search; the evaluation does not keep it).
    private bool[] Allowed(ReportFilter filter, DocValues values)
    {
        var exists = values.Exists;
        if (_allowed.Length != exists.Length) _allowed = new bool[exists.Length];
        for (var id = 0; id < exists.Length; id++) _allowed[id] = exists[id] && filter.Accepts(id);
        return _allowed;
    }

    // PRAGMA data_version changes when another connection commits; total_changes() when this connection writes.
    private DocValues Values()
    {
        var version = (long)ReportIndex.Scalar(_index.Connection, "PRAGMA data_version")!;
        var count = (long)ReportIndex.Scalar(_index.Connection, "SELECT total_changes()")!;
        if (_values is null || version != _dataVersion || count != _changes)
        {
            _values = DocValues.Load(_index.Connection);
            _cache.Clear();
            // The postings are brought up to date (only what changed) when a text query next needs them.
            _snapshot = null;
            _dataVersion = version;
            _changes = count;
        }
        return _values;
    }
}

/// <summary>
/// A search up to the page's ids: how many reports match, the page (report id and score, in order), the facet
/// counts over the whole result, and the <c>section:</c> kinds the query named.
/// </summary>
public sealed record RankedPage(
    int Total, IReadOnlyList<(int Id, double Score)> Page,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, IReadOnlyList<string> SectionKinds);
