namespace ReportSearch.Postings;

/// <summary>
/// Okapi BM25 as FTS5's bm25() computes it per phrase — the phrase's weighted occurrence count (column weights
/// times occurrences) against the report's token count — but with an IDF that never collapses:
/// log(1 + (N − n + 0.5) / (n + 0.5)) stays positive for a phrase in every report, where FTS5 floors it at 1e-6 and
/// every such report scores alike.
/// </summary>
internal static class Bm25
{
    /// <summary>
    /// Occurrences of a phrase counted in one report at most (heaviest columns first). bm25's term frequency
    /// saturates (with k1 = 1.2 the 16th occurrence adds under 1 % to a phrase's score), and counting stops early
    /// for phrases that fill a report. Single terms read their count per column from the postings and are held to
    /// the same bound, heaviest columns first, as phrases are.
    /// </summary>
    public const int CountedOccurrences = 16;

    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The IDF of a phrase found in <paramref name="matching"/> of <paramref name="reports"/> reports.</summary>
    public static double Idf(int matching, int reports) => Math.Log(1 + (reports - matching + 0.5) / (matching + 0.5));

    /// <summary>One phrase's contribution to a report's score.</summary>
    public static double Score(double idf, double weightedCount, int length, double averageLength)
    {
        var norm = K1 * (1 - B + B * (averageLength > 0 ? length / averageLength : 1));
        return idf * weightedCount * (K1 + 1) / (weightedCount + norm);
    }
}
