namespace ReportSearch.Postings;

/// <summary>
/// Finds the reports of one segment holding a phrase — terms at given offsets from its start (consecutive for a
/// plain phrase) inside one column, each position one term or (the last, for a prefix) any of several — with the
/// phrase's weighted occurrence count there (Σ column weight × occurrences, over the allowed columns). Reports are
/// walked from the rarest term, the others skip ahead to it (leapfrog); positions are decoded only for reports
/// holding every term. One phrase at a time.
/// </summary>
internal sealed class PhraseMatcher(double[] weights)
{
    private readonly PhraseCounter _counter = new(weights);
    private readonly OccurrenceBudget _budget = new(weights);
    private readonly List<List<int>> _positions = [];
    private double[] _sums = [];

    /// <param name="terms">Per phrase position, the term ids it accepts (one, or a prefix's many).</param>
    /// <param name="offsets">Per phrase position, its distance from the first (0 first, strictly ascending).</param>
    /// <param name="columns">A bit per column the phrase may occur in.</param>
    /// <param name="dead">Reports of this segment not to return (true by report id; shorter arrays leave the rest alive).</param>
    public void Match(PostingsSegment segment, int[][] terms, int[] offsets, int columns, bool[] dead, List<int> docs, List<double> counts)
    {
        if (offsets.Length != terms.Length || (offsets.Length > 0 && offsets[0] != 0) || offsets.Zip(offsets.Skip(1)).Any(p => p.First >= p.Second))
            throw new ArgumentException("offsets must start at 0 and ascend, one per phrase position", nameof(offsets));
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
        while (_positions.Count < terms.Length) _positions.Add([]);

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
            var starts = segment.ColumnStarts(doc);
            var count = single is not null ? _counter.Count(segment.Data, single, offsets, starts, columns) : CountAt(doc, starts, cursors, offsets, columns);
            if (count > 0)
            {
                docs.Add(doc);
                counts.Add(count);
            }
        }
    }

    // The positions of every phrase position's terms (merged for a prefix), then the starts p of the first such that
    // p + offsets[j] is in position j's list for every j, inside one allowed column.
    private double CountAt(int doc, ReadOnlySpan<int> starts, TermCursor[][] cursors, int[] offsets, int columns)
    {
        for (var j = 0; j < cursors.Length; j++)
        {
            var positions = _positions[j];
            positions.Clear();
            foreach (var cursor in cursors[j])
                if (cursor.Advance(doc) && cursor.Doc == doc) TermBody.AddPositions(cursor.Body, positions);
            if (positions.Count == 0) return 0;
            if (cursors[j].Length > 1) positions.Sort();
        }
        _budget.Reset();
        Span<int> at = stackalloc int[cursors.Length];
        var span = offsets[^1];
        var slot = 0;
        foreach (var p in _positions[0])
        {
            slot = PositionColumns.SlotAt(starts, p, slot);
            var column = PositionColumns.Order[slot];
            if (p + span >= starts[slot + 1] || (columns & (1 << column)) == 0) continue;
            var all = true;
            for (var j = 1; j < cursors.Length && all; j++)
            {
                var list = _positions[j];
                var wanted = p + offsets[j];
                var i = at[j];
                while (i < list.Count && list[i] < wanted) i++;
                at[j] = i;
                all = i < list.Count && list[i] == wanted;
            }
            if (all && !_budget.Add(column)) break;
        }
        return _budget.Weighted;
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
            var weighted = TermBody.WeightedCount(cursor.Body, segment.ColumnStarts(cursor.Doc), columns, _budget);
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
                var weighted = TermBody.WeightedCount(cursor.Body, segment.ColumnStarts(cursor.Doc), columns, _budget);
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
