namespace ReportSearch.Index;

/// <summary>What to index: report folders (or single files), whether to remove reports whose file vanished, how many reports a transaction holds, how many worker threads read and analyse.</summary>
public sealed record IndexRunOptions(IReadOnlyList<string> Paths, bool Prune = false, int BatchSize = 200, int Workers = 0)
{
    /// <summary>Worker threads: the machine's cores unless set.</summary>
    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;
}

/// <summary>How far a run is: files seen of <see cref="Total"/>, and what became of them so far.</summary>
public sealed record IndexProgress(int Done, int Total, int Indexed, int Unchanged, int Failed, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Files handled per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left at the rate so far (null before any file is done).</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}

/// <summary>A file that could not be indexed, and why (one line).</summary>
public sealed record IndexFailure(string File, string Reason);

/// <summary>
/// The outcome of a run. <see cref="Indexed"/> counts new and changed files (<see cref="Replaced"/> of them changed),
/// <see cref="Removed"/> the reports pruned because their file vanished.
/// </summary>
public sealed record IndexSummary(
    int Files, int Indexed, int Replaced, int Unchanged, int Failed, int Removed, bool Cancelled,
    IReadOnlyList<IndexFailure> Failures, long Bytes, TimeSpan Elapsed);
