namespace ReportSearch.Compare;

/// <summary>Options of the copy finder. Lengths count normalised characters (<see cref="ComparableText"/>).</summary>
/// <param name="MinChars">Shortest passage considered (the CLI's <c>--min-chars</c>).</param>
/// <param name="MinSimilarity">Estimated shingle overlap (Jaccard) from which two passages are "nearly" the same.</param>
/// <param name="MinOwnChars">
/// A passage whose every sentence is mostly used by townships outside its group is stock phrasing (官话套话, template
/// wording), not a copy: a group needs at least this many characters of sentences no one else in scope wrote.
/// </param>
/// <param name="MaxCounties">
/// Wording shared by townships of more counties than this is a template handed down from above or stock phrasing,
/// not one township copying another: copies happen between neighbours. 1 by default: the townships of one county
/// (a county office's paragraph handed round, or one township copying another); widen it to look further.
/// </param>
/// <param name="IncludeStock">Return stock groups too (flagged <see cref="CopiedPassage.Stock"/>).</param>
public sealed record CopyOptions(int MinChars = 50, double MinSimilarity = 0.7, int MinOwnChars = 15, int MaxCounties = 1, bool IncludeStock = false)
{
    public static readonly CopyOptions Default = new();
}

/// <summary>Whether a passage recurs across townships or in one township's consecutive reports.</summary>
public enum CopyKind
{
    AcrossTownships,
    ConsecutiveYears,
}

/// <summary>Where a passage occurs: the report and the span of its text.</summary>
public sealed record PassageOccurrence(ReportRef Report, int Start, int End, int Length);

/// <summary>
/// A passage that appears verbatim or nearly so in several reports, with the townships and years involved.
/// <see cref="Verbatim"/>: all occurrences have the same signature (in practice, the same text up to punctuation).
/// <see cref="OwnChars"/>: characters of its sentences that no township outside the group wrote. <see cref="Stock"/>:
/// template or stock wording (too little of its own, or spread over more than <see cref="CopyOptions.MaxCounties"/> counties).
/// </summary>
public sealed record CopiedPassage(
    CopyKind Kind, IReadOnlyList<PassageOccurrence> Occurrences, IReadOnlyList<TownshipIdentity> Townships,
    IReadOnlyList<int> Years, bool Verbatim, int OwnChars, bool Stock);
