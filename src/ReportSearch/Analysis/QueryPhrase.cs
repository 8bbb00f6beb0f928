namespace ReportSearch.Analysis;

/// <summary>
/// One analysed piece of a query: terms that must occur one right after the other in one column. A Chinese run of
/// two or more characters is the phrase of its bigrams on <c>grams</c> (公开不及时 → 公开 开不 不及 及时), so it
/// finds every report holding that substring; one Chinese character is a prefix query on <c>grams</c>; a number
/// or Latin word is a one-term phrase on <c>words</c>.
/// </summary>
public sealed record QueryPhrase(string Column, IReadOnlyList<string> Terms, bool IsPrefix = false)
{
    /// <summary>
    /// The phrase in FTS5 query syntax, with its column filter: <c>grams : "公开 开不 不及 及时"</c>,
    /// <c>grams : "镇"*</c>, <c>words : "2021"</c>. Terms never hold quotes or spaces, so nothing needs escaping.
    /// </summary>
    public string ToFts5() =>
        Column + " : \"" + string.Join(' ', Terms) + "\"" + (IsPrefix ? "*" : "");

    /// <summary>All the phrases in FTS5 query syntax, joined with AND (empty when there are none).</summary>
    public static string ToFts5(IEnumerable<QueryPhrase> phrases) =>
        string.Join(" AND ", phrases.Select(p => p.ToFts5()));
}
