using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Index;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Answers queries on an open index: FTS5 for the text (ids and bm25 scores), the in-memory
/// <see cref="DocValues"/> for filters and facets, the metrics table for metric filters and sorting, and the
/// stored text of the page's hits for snippets. Reloads its arrays when another connection has changed the index.
/// The text part's result is kept for a few distinct queries (<see cref="TextMatchCache"/>): paging, sorting and
/// facet clicks reuse it.
/// One search at a time per instance (one SQLite connection).
/// </summary>
public sealed class Searcher
{
    private readonly ReportIndex _index;
    private readonly Analyzer _analyzer;
    private readonly FtsMatchBuilder _matchBuilder;
    private readonly TextMatcher _text;
    private readonly HitBuilder _hits;
    private readonly TextMatchCache _cache = new(8);
    private DocValues? _values;
    private long _dataVersion = -1;
    private long _changes = -1;

    public Searcher(ReportIndex index, Analyzer analyzer)
    {
        _index = index;
        _analyzer = analyzer;
        _matchBuilder = new FtsMatchBuilder(new AnalyzerQueryAdapter(analyzer));
        _text = new TextMatcher(index.Connection);
        _hits = new HitBuilder(index.Connection, analyzer);
    }

    /// <exception cref="QuerySyntaxException">The query cannot be read; it says where.</exception>
    /// <exception cref="ArgumentException">The sort is neither relevance, year nor a metric key.</exception>
    /// <exception cref="IndexUnavailableException">The index cannot be read.</exception>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = QueryParser.Parse(request.Query);
        var sort = SortOrder.Parse(request.Sort);
        try
        {
            return Run(request, parsed, sort);
        }
        catch (SqliteException e)
        {
            throw ReportIndex.Describe(_index.Path, e);
        }
    }

    /// <summary>
    /// Forgets the text parts kept for follow-up requests (they are forgotten anyway when the index changes); for
    /// measuring a query as first asked.
    /// </summary>
    public void ForgetCachedQueries() => _cache.Clear();

    /// <summary>The ids of every matching report, in no particular order (for checks against a brute-force scan).</summary>
    internal IReadOnlyList<int> MatchingIds(string query) => Match(QueryParser.Parse(query)).Ids;

    private SearchResult Run(SearchRequest request, ParsedQuery parsed, SortOrder sort)
    {
        var (ids, scores, sectionKinds, values) = Match(parsed);
        var facets = FacetCounter.Count(ids, values);
        var page = sort.Page(ids, scores, values, _index.Connection, request.Offset, request.Limit);
        var phrases = parsed.PositiveTerms().SelectMany(_analyzer.QueryTerms).ToList();
        var hits = _hits.Build(page, id => scores?.GetValueOrDefault(id) ?? 0, phrases, sectionKinds, request);
        return new SearchResult(ids.Count, hits, facets);
    }

    private (List<int> Ids, Dictionary<int, double>? Scores, List<string> SectionKinds, DocValues Values) Match(ParsedQuery parsed)
    {
        var values = Values();
        var match = _matchBuilder.Build(parsed);
        var sectionKinds = parsed.Filters.OfType<SectionFilter>().Select(f => f.Kind).Distinct().ToList();
        var filter = new ReportFilter(parsed.Filters, values, _index.Connection);

        var (scores, excluded) = _cache.GetOrAdd(match, sectionKinds,
            () => new TextMatchResult(_text.Include(match, sectionKinds), _text.Excluded(match, sectionKinds)));
        var ids = new List<int>(scores?.Count ?? values.Ids.Count);
        if (scores is not null)
        {
            foreach (var id in scores.Keys)
                if (id < values.Exists.Length && values.Exists[id] && filter.Accepts(id)) ids.Add(id);
        }
        else
        {
            foreach (var id in values.Ids)
                if (!excluded.Contains((int)id) && filter.Accepts((int)id)) ids.Add((int)id);
        }
        return (ids, scores, sectionKinds, values);
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
            _dataVersion = version;
            _changes = count;
        }
        return _values;
    }
}
