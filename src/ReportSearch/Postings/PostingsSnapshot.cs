namespace ReportSearch.Postings;

/// <summary>
/// The in-memory inverted index of an index file at one moment: a large base segment loaded once, the reports it no
/// longer serves (removed or changed since: <see cref="BaseDead"/>), a small delta segment of the reports added or
/// changed since, the term lexicon, and each report's token count for bm25. Immutable: a refresh makes a new one
/// that shares the base, so a search in progress keeps a consistent view.
/// </summary>
public sealed class PostingsSnapshot
{
    internal PostingsSnapshot(TermLexicon lexicon, PostingsSegment baseSegment, bool[] baseDead, PostingsSegment delta,
        int[] lengths, long[] versions, int reports, double averageLength)
    {
        Lexicon = lexicon;
        Base = baseSegment;
        BaseDead = baseDead;
        Delta = delta;
        Lengths = lengths;
        Versions = versions;
        Reports = reports;
        AverageLength = averageLength;
    }

    public TermLexicon Lexicon { get; }

    /// <summary>The segment loaded when the snapshot line started.</summary>
    public PostingsSegment Base { get; }

    /// <summary>Base reports not to be served any more, by report id (removed, or changed and now in <see cref="Delta"/>).</summary>
    internal bool[] BaseDead { get; }

    /// <summary>Reports added or changed since the base was loaded.</summary>
    public PostingsSegment Delta { get; }

    /// <summary>Token count of each live report, by report id.</summary>
    internal int[] Lengths { get; }

    /// <summary>Each live report's content version (from its SHA-256), by report id; 0 = absent.</summary>
    internal long[] Versions { get; }

    /// <summary>Live reports (N of bm25).</summary>
    public int Reports { get; }

    /// <summary>Average token count of the live reports.</summary>
    public double AverageLength { get; }

    /// <summary>Bytes of the postings arrays (base and delta).</summary>
    public long Bytes => Base.Bytes + Delta.Bytes;
}
