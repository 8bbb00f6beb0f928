namespace ReportSearch.Postings;

/// <summary>
/// Counts the reports of a segment that hold a phrase (every position one term) in an allowed column, among those a
/// filter leaves out: what a phrase's IDF needs from them when the filter is pushed into matching. A single term
/// searched in every column is in a report exactly when the report is in its list, so only the list is walked;
/// anything else is matched by the <see cref="PhraseMatcher"/> over the left-out reports alone.
/// </summary>
internal sealed class PhrasePresence(PhraseMatcher matcher)
{
    private readonly List<int> _docs = [];
    private readonly List<double> _counts = [];

    /// <summary>
    /// Reports not in <paramref name="skip"/> (true by report id: the dead and those the filter keeps; a shorter array
    /// leaves the rest in) holding the phrase of <paramref name="terms"/> (position j one term, at
    /// <paramref name="offsets"/>[j]) in a column of <paramref name="columns"/>.
    /// </summary>
    public int CountOutside(PostingsSegment segment, int[][] terms, int[] offsets, int columns, bool[] skip)
    {
        if (terms.Length == 1 && columns == PlanEvaluator.AllColumns)
        {
            var found = 0;
            var cursor = new TermCursor(segment, terms[0][0]);
            while (cursor.Next())
                if (!(cursor.Doc < skip.Length && skip[cursor.Doc])) found++;
            return found;
        }
        _docs.Clear();
        _counts.Clear();
        matcher.Match(segment, terms, offsets, columns, skip, _docs, _counts);
        return _docs.Count;
    }
}
