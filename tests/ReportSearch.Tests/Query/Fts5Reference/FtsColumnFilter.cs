using System.Text.RegularExpressions;
using ReportSearch.Index;

namespace ReportSearch.Query;

/// <summary>
/// The FTS5 column filters of schemas 2–4 (the reference the postings are tested against): the query language's two
/// logical columns rewritten onto the table's column pair of one section kind, or dropped without a section.
/// </summary>
internal static class FtsColumnFilter
{
    // FtsMatchBuilder writes column filters as `words : "…"` / `grams : "…"`; the terms inside the quotes hold only
    // letters, digits and ideographs, so the pattern can only meet a column filter.
    private static readonly Regex ColumnFilter = new("(?<![A-Za-z_])(words|grams) : \"", RegexOptions.CultureInvariant);

    /// <summary>
    /// The MATCH expression of the query language's two logical columns rewritten onto this table's columns: only
    /// those of <paramref name="sectionKind"/>, or — without a section — no column filter at all, since grams
    /// (ideographs) and words (letters and digits) never share a term, and FTS5 is faster without one. Used to run
    /// the query builder's expressions on a real FTS5 table, the reference the postings are tested against.
    /// </summary>
    public static string Rewrite(string match, string? sectionKind)
    {
        if (sectionKind is null) return ColumnFilter.Replace(match, "\"");
        var words = "{" + FtsLayout.WordsColumn(sectionKind) + "} : \"";
        var grams = "{" + FtsLayout.GramsColumn(sectionKind) + "} : \"";
        return ColumnFilter.Replace(match, m => m.Groups[1].Value == "words" ? words : grams);
    }
}
