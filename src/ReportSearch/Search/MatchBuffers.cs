using ReportSearch.Postings;

namespace ReportSearch.Search;

/// <summary>
/// Where a searcher puts the reports a search matches after the filters that were not pushed into matching: two
/// arrays reused from search to search (a result can hold every report, and fresh arrays per search were most of
/// what a search left to the garbage collector). A text result that needs no filtering is passed through as it is.
/// One search at a time: what it returns is valid until the next call.
/// </summary>
internal sealed class MatchBuffers
{
    private int[] _ids = [];
    private double[] _scores = [];

    /// <summary>The reports of <paramref name="docs"/> that exist and <paramref name="filter"/> accepts (null: no filter).</summary>
    public MatchedReports Kept(ScoredDocs docs, ReportFilter? filter, DocValues values)
    {
        var exists = values.Exists;
        var filtering = filter is not null && !filter.IsEmpty;
        // The text result's arrays are shared read-only: without filtering they are the answer as they are.
        if (!filtering && AllExist(docs.Ids, exists)) return new MatchedReports(docs.Ids, docs.Scores, docs.Count);
        Reserve(docs.Count);
        var kept = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            var id = docs.Ids[i];
            if (id >= exists.Length || !exists[id] || (filtering && !filter!.Accepts(id))) continue;
            _ids[kept] = id;
            _scores[kept++] = docs.Scores[i];
        }
        return new MatchedReports(_ids, _scores, kept);
    }

    /// <summary>Every report <paramref name="filter"/> accepts but those of <paramref name="excluded"/> (ascending), unscored.</summary>
    public MatchedReports AllBut(int[] excluded, ReportFilter filter, DocValues values)
    {
        Reserve(values.Ids.Count);
        var kept = 0;
        var next = 0;
        foreach (var id64 in values.Ids)
        {
            var id = (int)id64;
            while (next < excluded.Length && excluded[next] < id) next++;
            if (next < excluded.Length && excluded[next] == id) continue;
            if (filter.Accepts(id)) _ids[kept++] = id;
        }
        return new MatchedReports(_ids, null, kept);
    }

    private void Reserve(int count)
    {
        if (_ids.Length >= count) return;
        // A little head room, so a slowly growing index does not reallocate on every search.
        var size = count + count / 8;
        _ids = new int[size];
        _scores = new double[size];
    }

    private static bool AllExist(int[] ids, bool[] exists)
    {
        foreach (var id in ids)
            if (id >= exists.Length || !exists[id]) return false;
        return true;
    }
}

/// <summary>
/// The reports a search matches: the first <see cref="Count"/> of <see cref="Ids"/> (ascending) with their aligned
/// <see cref="Scores"/> (null = a query of filters only, all 0). The arrays may be longer, and shared: read only.
/// </summary>
internal readonly record struct MatchedReports(int[] Ids, double[]? Scores, int Count);
