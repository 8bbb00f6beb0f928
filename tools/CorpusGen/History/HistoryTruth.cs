namespace ReportSearch.CorpusGen.History;

/// <summary>
/// How one report's problems relate to the same township's previous report: titles stated again word for word,
/// stated again in other words (with last year's wording), last year's titles no longer reported, and new ones.
/// </summary>
public sealed record ProblemChange(
    string File, string PreviousFile, string TownshipCode, int Year, int PreviousYear,
    IReadOnlyList<string> Verbatim, IReadOnlyList<RewordedProblem> Reworded, IReadOnlyList<string> Resolved, IReadOnlyList<string> New);

/// <summary>A problem stated again in other words: this year's title and last year's.</summary>
public sealed record RewordedProblem(string Title, string PreviousTitle, string Text, string PreviousText);

/// <summary>A paragraph copied word for word from one report into others of townships of the same county.</summary>
public sealed record CopiedParagraph(string CountyCode, int Year, string Paragraph, string Source, IReadOnlyList<string> Copies);

/// <summary>The <c>truth/history.json</c> document: problem changes year over year and copied paragraphs.</summary>
public sealed record HistoryTruth(IReadOnlyList<ProblemChange> Problems, IReadOnlyList<CopiedParagraph> Copies);
