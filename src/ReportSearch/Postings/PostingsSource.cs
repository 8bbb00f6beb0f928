using Microsoft.Data.Sqlite;

namespace ReportSearch.Postings;

/// <summary>
/// Keeps the <see cref="PostingsSnapshot"/> of one index file up to date, for every searcher of that file (the web
/// host's pooled searchers share one, so the postings are held once). The first call loads everything; later calls
/// compare each report's content version with the snapshot's and load only what was added or changed into the
/// delta segment (removed and changed base reports are marked dead). When the delta grows past
/// <see cref="DeltaShare"/> of the reports, everything is loaded again. Thread-safe.
/// </summary>
public sealed class PostingsSource
{
    /// <summary>The delta may hold this share of the reports (or <see cref="DeltaMinimum"/>) before a full reload.</summary>
    public const double DeltaShare = 0.1;

    public const int DeltaMinimum = 2000;

    private readonly object _lock = new();
    private PostingsSnapshot? _current;
    // The base segment with the report versions and token counts it was loaded with.
    private PostingsSegment? _base;
    private long[] _baseVersions = [];
    private int[] _baseLengths = [];
    private bool[] _inBase = [];

    /// <summary>Full loads so far (for tests: a small change must not cause one).</summary>
    public int FullLoads { get; private set; }

    /// <summary>The snapshot matching what <paramref name="connection"/> sees now.</summary>
    public PostingsSnapshot Current(SqliteConnection connection)
    {
        lock (_lock)
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var versions = PostingsLoader.Versions(connection);
            if (_current is null || !versions.AsSpan().SequenceEqual(_current.Versions))
                // A file made anew (its term ids mean other terms) is loaded whole.
                _current = _current is null || !PostingsLoader.SameDictionary(connection, _current.Lexicon)
                    ? Full(connection, versions)
                    : Refreshed(connection, _current, versions);
            transaction.Commit();
            return _current;
        }
    }

    private PostingsSnapshot Full(SqliteConnection connection, long[] versions)
    {
        FullLoads++;
        _base = null; // let the old one go before the new one is built
        _current = null;
        var lexicon = TermLexicon.FromSorted(PostingsLoader.Terms(connection, 0));
        var (segment, lengths) = PostingsSegmentBuilder.Build(() => PostingsLoader.All(connection));
        (_base, _baseVersions, _baseLengths) = (segment, versions, lengths);
        _inBase = new bool[segment.ReportIds.Length == 0 ? 0 : segment.ReportIds[^1] + 1];
        foreach (var id in segment.ReportIds) _inBase[id] = true;
        var (empty, _) = PostingsSegmentBuilder.Build(() => []);
        return Assemble(lexicon, Dead(versions), empty, [], versions);
    }

    private PostingsSnapshot Refreshed(SqliteConnection connection, PostingsSnapshot current, long[] versions)
    {
        var dead = Dead(versions);
        var deltaIds = new List<int>();
        for (var id = 0; id < versions.Length; id++)
            if (versions[id] != 0 && !Served(id, dead)) deltaIds.Add(id);
        var reports = versions.Count(v => v != 0);
        if (deltaIds.Count > Math.Max(DeltaMinimum, DeltaShare * reports)) return Full(connection, versions);

        var lexicon = current.Lexicon.With(PostingsLoader.Terms(connection, current.Lexicon.MaxId));
        var (delta, deltaLengths) = PostingsSegmentBuilder.Build(() => PostingsLoader.Some(connection, deltaIds));
        return Assemble(lexicon, dead, delta, deltaLengths, versions);
    }

    // A base report is served while the index holds it with the content it was loaded with.
    private bool Served(int id, bool[] dead) => id < _inBase.Length && _inBase[id] && !dead[id];

    private bool[] Dead(long[] versions)
    {
        var ids = _base!.ReportIds;
        var dead = new bool[Math.Max(versions.Length, ids.Length == 0 ? 0 : ids[^1] + 1)];
        foreach (var id in ids)
            dead[id] = id >= versions.Length || versions[id] == 0 || id >= _baseVersions.Length || versions[id] != _baseVersions[id];
        return dead;
    }

    private PostingsSnapshot Assemble(TermLexicon lexicon, bool[] dead, PostingsSegment delta, int[] deltaLengths, long[] versions)
    {
        var lengths = new int[versions.Length];
        long total = 0;
        var reports = 0;
        void Take(int id, int length)
        {
            if (id >= versions.Length || versions[id] == 0) return;
            lengths[id] = length;
            total += length;
            reports++;
        }
        var baseIds = _base!.ReportIds;
        for (var i = 0; i < baseIds.Length; i++)
            if (!dead[baseIds[i]]) Take(baseIds[i], _baseLengths[i]);
        for (var i = 0; i < delta.ReportIds.Length; i++) Take(delta.ReportIds[i], deltaLengths[i]);
        return new PostingsSnapshot(lexicon, _base, dead, delta, lengths, versions, reports, reports == 0 ? 0 : (double)total / reports);
    }
}
