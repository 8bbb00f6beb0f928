using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Reads a term's body in one report (per column: a header of occurrences and column, the positions' byte length, the positions,
/// <see cref="PostingsBlob"/>): the weighted occurrence count bm25 needs, or the positions of the wanted columns.
/// </summary>
internal static class TermBody
{
    /// <summary>
    /// Σ weight(column) × occurrences over the columns in <paramref name="columns"/> (a bit per column), counting at
    /// most <see cref="Bm25.CountedOccurrences"/> occurrences, heaviest columns (<paramref name="byWeight"/>) first,
    /// as <see cref="PhraseCounter"/> counts a phrase: a phrase term and the grams it stands for score alike.
    /// </summary>
    public static double WeightedCount(ReadOnlySpan<byte> body, int columns, double[] weights, int[] byWeight)
    {
        var at = 0;
        var sum = 0.0;
        var total = 0;
        while (at < body.Length)
        {
            var header = Varint.Read(body, ref at);
            var column = PostingsBlob.ColumnOf(header);
            var count = PostingsBlob.CountOf(header);
            var bytes = Varint.Read(body, ref at);
            at += bytes;
            if ((columns & (1 << column)) == 0) continue;
            sum += weights[column] * count;
            total += count;
        }
        return total <= Bm25.CountedOccurrences ? sum : Bounded(body, columns, weights, byWeight);
    }

    // More occurrences than counted (a phrase term like 信息公开 in most reports): the budget goes to the heaviest columns first.
    private static double Bounded(ReadOnlySpan<byte> body, int columns, double[] weights, int[] byWeight)
    {
        Span<int> counts = stackalloc int[32];
        var at = 0;
        while (at < body.Length)
        {
            var header = Varint.Read(body, ref at);
            var bytes = Varint.Read(body, ref at);
            at += bytes;
            counts[PostingsBlob.ColumnOf(header)] = PostingsBlob.CountOf(header);
        }
        var sum = 0.0;
        var budget = Bm25.CountedOccurrences;
        foreach (var column in byWeight)
        {
            if ((columns & (1 << column)) == 0 || counts[column] == 0) continue;
            var taken = Math.Min(counts[column], budget);
            sum += weights[column] * taken;
            budget -= taken;
            if (budget == 0) break;
        }
        return sum;
    }

    /// <summary>Adds the positions of the wanted columns to <paramref name="into"/>.</summary>
    public static void AddPositions(ReadOnlySpan<byte> body, int columns, ColumnPositions into)
    {
        var at = 0;
        while (at < body.Length)
        {
            var header = Varint.Read(body, ref at);
            var column = PostingsBlob.ColumnOf(header);
            var count = PostingsBlob.CountOf(header);
            var bytes = Varint.Read(body, ref at);
            if ((columns & (1 << column)) == 0)
            {
                at += bytes;
                continue;
            }
            var position = 0;
            for (var i = 0; i < count; i++)
            {
                position += Varint.Read(body, ref at);
                into.Add(column, position);
            }
        }
    }
}

/// <summary>
/// A term's positions in one report, per column, as a phrase check needs them: sorted within each column. Reused
/// from report to report (cleared, not reallocated). Positions from several terms (a prefix) are merged on
/// <see cref="Sort"/>.
/// </summary>
internal sealed class ColumnPositions
{
    private readonly List<int>[] _columns = Enumerable.Range(0, FtsLayout.Columns.Count).Select(_ => new List<int>()).ToArray();

    /// <summary>A bit per column holding at least one position.</summary>
    public int Present { get; private set; }

    public void Clear()
    {
        var present = Present;
        while (present != 0)
        {
            var column = System.Numerics.BitOperations.TrailingZeroCount(present);
            _columns[column].Clear();
            present &= present - 1;
        }
        Present = 0;
    }

    public void Add(int column, int position)
    {
        _columns[column].Add(position);
        Present |= 1 << column;
    }

    public List<int> In(int column) => _columns[column];

    /// <summary>Sorts every column (needed only when several terms' positions were added).</summary>
    public void Sort()
    {
        var present = Present;
        while (present != 0)
        {
            var column = System.Numerics.BitOperations.TrailingZeroCount(present);
            _columns[column].Sort();
            present &= present - 1;
        }
    }
}
