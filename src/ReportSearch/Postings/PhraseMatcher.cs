namespace ReportSearch.Postings;

/// <summary>
/// Finds the reports of one segment holding a phrase — terms at consecutive positions of one column, each position
/// one term or (the last, for a prefix) any of several — with the phrase's weighted occurrence count there
/// (Σ column weight × occurrences, over the allowed columns). Reports are walked from the rarest term, the others
/// skip ahead to it (leapfrog); positions are decoded only for reports holding every term. One phrase at a time.
/// </summary>
internal sealed class PhraseMatcher(double[] weights)
{
    private readonly PhraseCounter _counter = new(weights);
    private readonly List<ColumnPositions> _positions = [];
    private readonly int[] _byWeight = Enumerable.Range(0, weights.Length).OrderByDescending(c => weights[c]).ThenBy(c => c).ToArray();
    private double[] _sums = [];

    /// <param name="terms">Per phrase position, the term ids it accepts (one, or a prefix's many).</param>
    /// <param name="offsets">Per phrase position, its offset from the first (0, then ascending: a phrase term spans several).</param>
    /// <param name="columns">A bit per column the phrase may occur in.</param>
    /// <param name="dead">Reports of this segment not to return (true by report id; shorter arrays leave the rest alive).</param>
    public void Match(PostingsSegment segment, int[][] terms, int[] offsets, int columns, bool[] dead, List<int> docs, List<double> counts)
    {
        if (terms.Length == 0 || terms.Any(t => t.Length == 0)) return;
        if (terms.Length == 1)
        {
            if (terms[0].Length == 1) Single(segment, terms[0][0], columns, dead, docs, counts);
            else AnyOf(segment, terms[0], columns, dead, docs, counts);
            return;
        }
        var cursors = terms.Select(ids => ids.Select(id => new TermCursor(segment, id)).Where(c => c.Doc != TermCursor.End).ToArray()).ToArray();
        if (cursors.Any(c => c.Length == 0)) return;
        // The driver: the one-term position with the fewest reports (positions of a prefix are never alone in a
        // phrase of two or more, and the first position is always one term).
        var driver = Enumerable.Range(0, cursors.Length).Where(j => cursors[j].Length == 1).MinBy(j => cursors[j][0].Count);
        while (_positions.Count < terms.Length) _positions.Add(new ColumnPositions());

        // Without a prefix every position is one cursor: the allocation-free counter applies.
        var single = cursors.All(c => c.Length == 1) ? cursors.Select(c => c[0]).ToArray() : null;
        var target = 0;
        while (cursors[driver][0].Advance(target))
        {
            var doc = cursors[driver][0].Doc;
            target = doc + 1;
            var agreed = true;
            for (var j = 0; j < cursors.Length && agreed; j++)
            {
                if (j == driver || cursors[j].Length != 1) continue;
                if (!cursors[j][0].Advance(doc)) return;
                if (cursors[j][0].Doc > doc)
                {
                    target = cursors[j][0].Doc;
                    agreed = false;
                }
            }
            if (!agreed || (doc < dead.Length && dead[doc])) continue;
            var count = single is not null ? _counter.Count(segment.Data, single, offsets, columns) : CountAt(doc, cursors, offsets, columns);
            if (count > 0)
            {
                docs.Add(doc);
                counts.Add(count);
            }
        }
    }

    private double CountAt(int doc, TermCursor[][] cursors, int[] offsets, int columns)
    {
        var present = columns;
        for (var j = 0; j < cursors.Length && present != 0; j++)
        {
            var positions = _positions[j];
            positions.Clear();
            var several = cursors[j].Length > 1;
            foreach (var cursor in cursors[j])
                if (cursor.Advance(doc) && cursor.Doc == doc) TermBody.AddPositions(cursor.Body, present, positions);
            if (several) positions.Sort();
            present &= positions.Present;
        }
        // As PhraseCounter: heaviest columns first, at most Bm25.CountedOccurrences in the report.
        var weighted = 0.0;
        var budget = Bm25.CountedOccurrences;
        foreach (var column in _byWeight)
        {
            if ((present & (1 << column)) == 0) continue;
            var occurrences = Math.Min(Occurrences(column, offsets), budget);
            weighted += weights[column] * occurrences;
            budget -= occurrences;
            if (budget == 0) break;
        }
        return weighted;
    }

    // Starts p of the first term's list such that p + offsets[j] is in term j's list for every j.
    private int Occurrences(int column, int[] offsets)
    {
        var length = offsets.Length;
        var first = _positions[0].In(column);
        Span<int> at = stackalloc int[length];
        var found = 0;
        foreach (var p in first)
        {
            var all = true;
            for (var j = 1; j < length && all; j++)
            {
                var list = _positions[j].In(column);
                var i = at[j];
                while (i < list.Count && list[i] < p + offsets[j]) i++;
                at[j] = i;
                all = i < list.Count && list[i] == p + offsets[j];
            }
            if (all) found++;
        }
        return found;
    }

    private void Single(PostingsSegment segment, int term, int columns, bool[] dead, List<int> docs, List<double> counts)
    {
        var cursor = new TermCursor(segment, term);
        docs.EnsureCapacity(docs.Count + cursor.Count);
        counts.EnsureCapacity(counts.Count + cursor.Count);
        while (cursor.Next())
        {
            if (cursor.Doc < dead.Length && dead[cursor.Doc]) continue;
            // Weights are positive, so a positive sum means an occurrence in an allowed column.
            var weighted = TermBody.WeightedCount(cursor.Body, columns, weights, _byWeight);
            if (weighted <= 0) continue;
            docs.Add(cursor.Doc);
            counts.Add(weighted);
        }
    }

    // A prefix alone: every report holding any of its terms, the counts summed (a report-id-indexed array).
    private void AnyOf(PostingsSegment segment, int[] terms, int columns, bool[] dead, List<int> docs, List<double> counts)
    {
        var ids = segment.ReportIds;
        if (ids.Length == 0) return;
        if (_sums.Length <= ids[^1]) _sums = new double[ids[^1] + 1];
        var touched = new List<int>();
        foreach (var term in terms)
        {
            var cursor = new TermCursor(segment, term);
            while (cursor.Next())
            {
                var weighted = TermBody.WeightedCount(cursor.Body, columns, weights, _byWeight);
                if (weighted <= 0) continue;
                if (_sums[cursor.Doc] == 0) touched.Add(cursor.Doc);
                _sums[cursor.Doc] += weighted;
            }
        }
        touched.Sort();
        foreach (var doc in touched)
        {
            if (!(doc < dead.Length && dead[doc]))
            {
                docs.Add(doc);
                counts.Add(_sums[doc]);
            }
            _sums[doc] = 0;
        }
    }
}
