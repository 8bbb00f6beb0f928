using ReportSearch.Postings;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// The text part's result for the last few distinct text parts (query plans and sections), so that the requests a
/// reader makes after a query — the next page, another sort, a click on a facet, which only adds a filter — do not
/// evaluate the text again. The searcher empties it whenever the index changed. The results are shared: read only.
/// </summary>
internal sealed class TextMatchCache(int capacity)
{
    // Most recently used last; a handful of entries, so a list beats a linked map.
    private readonly List<(string Key, TextMatchResult Result)> _entries = [];

    public TextMatchResult GetOrAdd(QueryPlan plan, IReadOnlyList<string> sectionKinds, Func<TextMatchResult> run)
    {
        // \u0002 cannot occur in a plan key (query terms hold only letters, digits and ideographs).
        var key = $"{plan.Key}\u0002{string.Join(",", sectionKinds)}";
        var i = _entries.FindIndex(e => e.Key == key);
        if (i >= 0)
        {
            var hit = _entries[i];
            _entries.RemoveAt(i);
            _entries.Add(hit);
            return hit.Result;
        }
        var result = run();
        if (capacity <= 0) return result;
        if (_entries.Count >= capacity) _entries.RemoveAt(0);
        _entries.Add((key, result));
        return result;
    }

    public void Clear() => _entries.Clear();
}

/// <summary>What the text part of a query selects: ids with scores (null when it selects nothing by itself) and the ids (ascending) an exclusion-only text part leaves out.</summary>
internal sealed record TextMatchResult(ScoredDocs? Scores, int[] Excluded);
