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
/// The text part's result is kept for a few distinct queries (<see cref="TextMatchCache"/>): paging, sorting and
/// facet clicks reuse it. Searchers of one file may share one <see cref="PostingsSource"/> (the postings are then
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
    /// <exception cref="ArgumentException">The sort is neither relevance, year nor a metric key.</exception>
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
    internal IReadOnlyList<int> MatchingIds(string query) => Guarded(() => Match(QueryParser.Parse(query)).Ids);

    private (RankedPage Ranked, ParsedQuery Parsed) Ranked(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = QueryParser.Parse(request.Query);
        var sort = SortOrder.Parse(request.Sort);
        return Guarded(() =>
        {
            var (ids, scores, sectionKinds, values) = Match(parsed);
            var facets = FacetCounter.Count(ids, values);
            var page = sort.Page(ids, scores, values, _index.Connection, request.Offset, request.Limit);
            return (new RankedPage(ids.Length, page, facets, sectionKinds), parsed);
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

    private (int[] Ids, double[]? Scores, List<string> SectionKinds, DocValues Values) Match(ParsedQuery parsed)
    {
        var values = Values();
        var plan = _planBuilder.Build(parsed);
        var sectionKinds = parsed.Filters.OfType<SectionFilter>().Select(f => f.Kind).Distinct().ToList();
        var filter = new ReportFilter(parsed.Filters, values, _index.Connection);

        var (scored, excluded) = plan == QueryPlan.None
            ? new TextMatchResult(null, [])
            : _cache.GetOrAdd(plan, sectionKinds, () =>
            {
                var postings = _snapshot ??= _postings.Current(_index.Connection);
                return new TextMatchResult(_text.Include(plan, sectionKinds, postings), _text.Excluded(plan, sectionKinds, postings));
            });
        var exists = values.Exists;
        // The cached arrays are shared read-only: without filters they are the result as they are.
        if (scored is not null && filter.IsEmpty && AllExist(scored.Ids, exists)) return (scored.Ids, scored.Scores, sectionKinds, values);
        if (scored is not null)
        {
            var ids = new List<int>(scored.Count);
            var scores = new List<double>(scored.Count);
            for (var i = 0; i < scored.Count; i++)
            {
                var id = scored.Ids[i];
                if (id >= exists.Length || !exists[id] || !filter.Accepts(id)) continue;
                ids.Add(id);
                scores.Add(scored.Scores[i]);
            }
            return (ids.ToArray(), scores.ToArray(), sectionKinds, values);
        }
        var all = new List<int>(values.Ids.Count);
        var next = 0;
        foreach (var id64 in values.Ids)
        {
            var id = (int)id64;
            while (next < excluded.Length && excluded[next] < id) next++;
            if (next < excluded.Length && excluded[next] == id) continue;
            if (filter.Accepts(id)) all.Add(id);
        }
        return (all.ToArray(), null, sectionKinds, values);
    }

    private static bool AllExist(int[] ids, bool[] exists)
    {
        foreach (var id in ids)
            if (id >= exists.Length || !exists[id]) return false;
        return true;
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
