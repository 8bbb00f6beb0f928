namespace ReportSearch.Analysis.Highlighting;

/// <summary>
/// A window of a text as HTML: the matched spans inside <c>&lt;mark&gt;…&lt;/mark&gt;</c>, everything else
/// HTML-escaped, "…" where the window cuts the text. <see cref="Start"/>/<see cref="End"/> locate the window
/// in the original text.
/// </summary>
public sealed record Snippet(string Html, int Start, int End);
