using Microsoft.Data.Sqlite;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// The order of hits: relevance (score, then id), year (newest first, then score) or a metric (largest value first,
/// reports without it last, then score). Only the requested page is sorted out of the result (a partial sort).
/// </summary>
internal sealed record SortOrder(string Name, string? MetricKey)
{
    public static SortOrder Parse(string sort)
    {
        var name = string.IsNullOrWhiteSpace(sort) ? SearchRequest.Relevance : sort.Trim().ToLowerInvariant();
        if (name is SearchRequest.Relevance or SearchRequest.Year) return new SortOrder(name, null);
        if (MetricKeys.IsKnown(name)) return new SortOrder(name, name);
        throw new ArgumentException($"unknown sort '{sort}': use relevance, year or a metric key such as disclosed.total");
    }

    /// <summary>
    /// The page of the first <paramref name="count"/> <paramref name="ids"/> (with their aligned
    /// <paramref name="scores"/>, null = all 0) in this order.
    /// </summary>
    public List<(int Id, double Score)> Page(int[] ids, double[]? scores, int count, DocValues values, SqliteConnection connection, int offset, int limit)
    {
        offset = Math.Max(0, offset);
        limit = Math.Max(0, limit);
        if (limit == 0 || offset >= count) return [];
        // Positions into ids/scores are ranked, so a score is an array read, not a look-up by report id.
        Func<int, double> score = scores is null ? _ => 0 : i => scores[i];
        var metric = MetricKey is null ? null : MetricValues(connection, MetricKey);
        Comparison<int> compare = Name switch
        {
            SearchRequest.Relevance => (a, b) => Then(score(b).CompareTo(score(a)), ids[a], ids[b]),
            SearchRequest.Year => (a, b) => Then(values.Year[ids[b]].CompareTo(values.Year[ids[a]]) is var c && c != 0 ? c : score(b).CompareTo(score(a)), ids[a], ids[b]),
            _ => (a, b) => Then(MetricOf(metric!, ids[b]).CompareTo(MetricOf(metric!, ids[a])) is var c && c != 0 ? c : score(b).CompareTo(score(a)), ids[a], ids[b]),
        };
        var wanted = offset + limit;
        if (Name == SearchRequest.Relevance && scores is not null && wanted <= SmallPage)
        {
            var top = TopByScore(ids, scores, count, wanted, out var found);
            var page = new List<(int Id, double Score)>(Math.Max(0, found - offset));
            for (var k = offset; k < found; k++) page.Add((ids[top[k]], scores[top[k]]));
            return page;
        }
        // Keep the best `wanted` in a bounded priority queue whose root is the worst kept.
        var queue = new PriorityQueue<int, int>(wanted + 1, Comparer<int>.Create((a, b) => compare(b, a)));
        for (var i = 0; i < count; i++)
        {
            // Once the queue is full most ids are no better than its worst: one comparison, not a push and a pop.
            if (queue.Count == wanted && compare(i, queue.Peek()) >= 0) continue;
            queue.Enqueue(i, i);
            if (queue.Count > wanted) queue.Dequeue();
        }
        var best = new List<int>(queue.Count);
        while (queue.Count > 0) best.Add(queue.Dequeue());
        best.Reverse();
        return best.Skip(offset).Take(limit).Select(i => (ids[i], score(i))).ToList();
    }

    /// <summary>Pages up to this deep are ranked by relevance in a small sorted array rather than a priority queue.</summary>
    private const int SmallPage = 64;

    // The positions of the `wanted` best (score descending, then id), best first: a sorted array with one comparison
    // for most ids (not better than the worst kept), without delegates.
    private static int[] TopByScore(int[] ids, double[] scores, int length, int wanted, out int count)
    {
        var best = new int[wanted];
        count = 0;
        for (var i = 0; i < length; i++)
        {
            var score = scores[i];
            if (count == wanted && !Better(score, ids[i], scores[best[count - 1]], ids[best[count - 1]])) continue;
            var at = count == wanted ? count - 1 : count++;
            while (at > 0 && Better(score, ids[i], scores[best[at - 1]], ids[best[at - 1]]))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        return best;
    }

    private static bool Better(double score, int id, double otherScore, int otherId) =>
        score > otherScore || (score == otherScore && id < otherId);

    private static int Then(int order, int a, int b) => order != 0 ? order : a.CompareTo(b);

    private static double MetricOf(Dictionary<int, double> metric, int id) => metric.TryGetValue(id, out var v) ? v : double.NegativeInfinity;

    private static Dictionary<int, double> MetricValues(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.report_id, m.value FROM metrics m JOIN metric_keys k ON k.id = m.key_id WHERE k.key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        var values = new Dictionary<int, double>();
        while (reader.Read()) values[(int)reader.GetInt64(0)] = reader.GetDouble(1);
        using var zeros = connection.CreateCommand();
        zeros.CommandText = "SELECT report_id, keys FROM metric_zeros";
        using var zeroReader = zeros.ExecuteReader();
        while (zeroReader.Read())
            if (Index.ZeroMetrics.Has((byte[])zeroReader.GetValue(1), key)) values.TryAdd((int)zeroReader.GetInt64(0), 0);
        return values;
    }
}
