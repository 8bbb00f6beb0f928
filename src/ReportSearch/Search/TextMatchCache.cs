using ReportSearch.Postings;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// The text part's result for the last few distinct text parts (query plans and sections), so that the requests a
/// reader makes after a query — the next page, another sort, a click on a facet, which only adds a filter — do not
/// evaluate the text again. A result computed with the query's filters pushed in holds only the reports they allow:
/// it is kept under a key that names them, and serves only that same text and filters; an unfiltered result serves
/// any filters (applied afterwards). The searcher empties it whenever the index changed. The results are shared:
/// read only.
/// </summary>
internal sealed class TextMatchCache(int capacity)
{
    // Most recently used last; a handful of entries, so a list beats a linked map.
    private readonly List<(string Key, TextMatchResult Result)> _entries = [];

    /// <summary>The result kept for this text part and filter key ("" = computed without filters), or null.</summary>
    public TextMatchResult? Find(QueryPlan plan, IReadOnlyList<string> sectionKinds, string filterKey)
    {
        var key = Key(plan, sectionKinds, filterKey);
        var i = _entries.FindIndex(e => e.Key == key);
        if (i < 0) return null;
        var hit = _entries[i];
        _entries.RemoveAt(i);
        _entries.Add(hit);
        return hit.Result;
    }

    public TextMatchResult GetOrAdd(QueryPlan plan, IReadOnlyList<string> sectionKinds, string filterKey, Func<TextMatchResult> run)
    {
        if (Find(plan, sectionKinds, filterKey) is { } kept) return kept;
        var result = run();
        if (capacity <= 0) return result;
        if (_entries.Count >= capacity) _entries.RemoveAt(0);
        _entries.Add((Key(plan, sectionKinds, filterKey), result));
        return result;
    }

    public void Clear() => _entries.Clear();

    // \u0002 cannot occur in a plan key (query terms hold only letters, digits and ideographs), nor in a section kind.
    private static string Key(QueryPlan plan, IReadOnlyList<string> sectionKinds, string filterKey) =>
        $"{plan.Key}\u0002{string.Join(",", sectionKinds)}\u0002{filterKey}";
}

/// <summary>
/// What the text part of a query selects: ids with scores (null when it selects nothing by itself) and the ids
/// (ascending) an exclusion-only text part leaves out; <see cref="Filtered"/> when the query's filters were applied
/// while matching (every id is then an existing report the filters accept).
/// </summary>
internal sealed record TextMatchResult(ScoredDocs? Scores, int[] Excluded, bool Filtered = false);
