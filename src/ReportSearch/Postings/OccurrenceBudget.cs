using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Adds up a phrase's occurrences in one report as bm25 weighs them, at most <see cref="Bm25.CountedOccurrences"/>
/// of them, heaviest columns first. Occurrences are found in ascending report-wide position, which visits the
/// columns in <see cref="PostingsBlob.ColumnOrder"/>: when the weights fall along that order (the index's own
/// weights do), the first occurrences found are the heaviest and counting stops at the bound; for other weights every
/// occurrence is counted per column and the heaviest are taken at the end. Reused from report to report.
/// </summary>
internal sealed class OccurrenceBudget
{
    private readonly double[] _weights;
    private readonly bool _inOrder;
    private readonly int[] _byWeight;
    private readonly int[] _perColumn;
    private int _found;
    private double _weighted;

    public OccurrenceBudget(double[] weights)
    {
        _weights = weights;
        var order = PositionColumns.Order;
        _inOrder = Enumerable.Range(1, order.Length - 1).All(i => weights[order[i]] <= weights[order[i - 1]]);
        _byWeight = Enumerable.Range(0, weights.Length).OrderByDescending(c => weights[c]).ThenBy(c => c).ToArray();
        _perColumn = new int[weights.Length];
    }

    /// <summary>The weight of one occurrence in <paramref name="column"/>.</summary>
    public double WeightOf(int column) => _weights[column];

    /// <summary>Starts a report.</summary>
    public void Reset()
    {
        if (!_inOrder) Array.Clear(_perColumn);
        _found = 0;
        _weighted = 0;
    }

    /// <summary>Counts one occurrence in <paramref name="column"/>; false when no later one can count any more.</summary>
    public bool Add(int column)
    {
        if (!_inOrder)
        {
            _perColumn[column]++;
            return true;
        }
        _weighted += _weights[column];
        return ++_found < Bm25.CountedOccurrences;
    }

    /// <summary>Σ column weight × occurrences counted.</summary>
    public double Weighted
    {
        get
        {
            if (_inOrder) return _weighted;
            var weighted = 0.0;
            var budget = Bm25.CountedOccurrences;
            foreach (var column in _byWeight)
            {
                var counted = Math.Min(_perColumn[column], budget);
                weighted += _weights[column] * counted;
                budget -= counted;
                if (budget == 0) break;
            }
            return weighted;
        }
    }
}

/// <summary>
/// Which column a report-wide position is in: <see cref="PostingsBlob.ColumnOrder"/> as an array for the hot loops,
/// and the walk over a report's column starts.
/// </summary>
internal static class PositionColumns
{
    /// <summary>The column of each place in the position space (<see cref="PostingsBlob.ColumnOrder"/>).</summary>
    public static readonly int[] Order = PostingsBlob.ColumnOrder.ToArray();

    /// <summary>The place holding <paramref name="position"/> (of the report whose column starts are <paramref name="starts"/>).</summary>
    public static int SlotOf(ReadOnlySpan<int> starts, int position)
    {
        // The last place starting at or before the position (empty places before it start there too).
        var slot = 0;
        for (var step = 16; step > 0; step >>= 1)
            if (slot + step < Order.Length && starts[slot + step] <= position) slot += step;
        return slot;
    }

    /// <summary>
    /// The place holding <paramref name="position"/>, searching upwards from <paramref name="from"/> (positions
    /// visited in ascending order need one pass over the starts).
    /// </summary>
    public static int SlotAt(ReadOnlySpan<int> starts, int position, int from)
    {
        while (starts[from + 1] <= position) from++;
        return from;
    }
}
