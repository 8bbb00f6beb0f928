namespace ReportSearch.Compare.Service;

/// <summary>
/// A comparison over the index: the Compare result, and the index id of every report it mentions (by file) so
/// callers can link to <c>show ID</c> or the web page of a report.
/// </summary>
public sealed record ComparisonAnswer<T>(T Result, IReadOnlyDictionary<string, long> ReportIds);

/// <summary>How a township name was resolved.</summary>
public enum TownshipMatch
{
    /// <summary>One township: the result is set.</summary>
    Found,

    /// <summary>No report of that name: <see cref="TownshipAnswer{T}.NearNames"/> suggests names that exist.</summary>
    Unknown,

    /// <summary>Several townships share the name: <see cref="TownshipAnswer{T}.Candidates"/> lists them; ask again with a county or code.</summary>
    Ambiguous,
}

/// <summary>
/// A question about one township: the result when the name settles one township, else the candidates sharing it
/// or near names that exist; <see cref="ReportIds"/> as in <see cref="ComparisonAnswer{T}"/>.
/// </summary>
public sealed record TownshipAnswer<T>(
    TownshipMatch Match, T? Result, IReadOnlyList<TownshipIdentity> Candidates, IReadOnlyList<string> NearNames,
    IReadOnlyDictionary<string, long> ReportIds) where T : class;

/// <summary>Copied passages found among <see cref="Reports"/> reports of the scope.</summary>
public sealed record CopiesResult(int Reports, IReadOnlyList<CopiedPassage> Passages);
