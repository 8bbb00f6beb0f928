using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// The text part's result for the last few distinct text parts (MATCH expressions and sections), so that the
/// requests a reader makes after a query — the next page, another sort, a click on a facet, which only adds a filter
/// — do not run FTS5 again. The searcher empties it whenever the index changed. The results are shared: read only.
/// </summary>
internal sealed class TextMatchCache(int capacity)
{
    // Most recently used last; a handful of entries, so a list beats a linked map.
    private readonly List<(string Key, TextMatchResult Result)> _entries = [];

    public TextMatchResult GetOrAdd(FtsMatch match, IReadOnlyList<string> sectionKinds, Func<TextMatchResult> run)
    {
        // \u0001 cannot occur in a MATCH expression (FtsSyntax makes control characters spaces).
        var key = $"{match.Include}\u0001{match.Exclude}\u0001{string.Join(",", sectionKinds)}";
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

/// <summary>What the text part of a query selects: ids with scores (null when it selects nothing by itself) and the ids an exclusion-only text part leaves out.</summary>
internal sealed record TextMatchResult(Dictionary<int, double>? Scores, HashSet<int> Excluded);
