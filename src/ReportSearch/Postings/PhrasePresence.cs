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
    private bool[] _outside = [];

    /// <summary>
    /// Reports neither <paramref name="dead"/> nor <paramref name="allowed"/> (true by report id; shorter arrays
    /// leave the rest false) holding the phrase of <paramref name="terms"/> (term j at <paramref name="offsets"/>[j])
    /// in a column of <paramref name="columns"/>.
    /// </summary>
    public int CountOutside(PostingsSegment segment, int[] terms, int[] offsets, int columns, bool[] dead, bool[] allowed)
    {
        if (terms.Length == 1 && columns == PlanEvaluator.AllColumns)
        {
            var found = 0;
            var cursor = new TermCursor(segment, terms[0]);
            while (cursor.Next())
            {
                var doc = cursor.Doc;
                if (!(doc < dead.Length && dead[doc]) && !(doc < allowed.Length && allowed[doc])) found++;
            }
            return found;
        }
        // The matcher passes over the reports it is told to skip: here, those the filter keeps and the dead ones.
        var size = segment.ReportIds.Length == 0 ? 0 : segment.ReportIds[^1] + 1;
        if (_outside.Length < size) _outside = new bool[size];
        for (var id = 0; id < size; id++) _outside[id] = (id < dead.Length && dead[id]) || (id < allowed.Length && allowed[id]);
        _docs.Clear();
        _counts.Clear();
        matcher.Match(segment, terms.Select(t => new[] { t }).ToArray(), offsets, columns, _outside, _docs, _counts);
        return _docs.Count;
    }
}
