using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// The columns of the postings (named as schema 2's FTS5 table named them): a <c>words</c> column (numbers and Latin terms) and a <c>grams</c> column (Chinese
/// bigrams) for every section kind, plus one pair for text outside any section. So <c>section:X</c> is a column
/// filter, and bm25 can weigh problem and measure items above tables.
/// </summary>
public static class FtsLayout
{
    /// <summary>The group of text that lies outside every recognised section.</summary>
    public const string Unsectioned = "unsectioned";

    /// <summary>The column groups, in table order: the section kinds, then <see cref="Unsectioned"/>.</summary>
    // The order is schema 2's FTS5 column order (column 0, free to mark in FTS5's position lists, went to the group
    // with the most text); the postings blobs store these column numbers, so it must not change.
    public static readonly IReadOnlyList<string> Groups =
    [
        SectionKinds.Overview, SectionKinds.Problems, SectionKinds.Preamble, SectionKinds.Proactive, SectionKinds.Requests,
        SectionKinds.Appeals, SectionKinds.Other, SectionKinds.Appendix, Unsectioned,
    ];

    /// <summary>All column names, in table order: <c>{group}_g</c>, <c>{group}_w</c> per group.</summary>
    public static readonly IReadOnlyList<string> Columns = Groups.SelectMany(g => new[] { GramsColumn(g), WordsColumn(g) }).ToArray();

    /// <summary>bm25 weight of each column, in table order: problem and measure items count most, tables least.</summary>
    public static readonly IReadOnlyList<double> Weights = Groups.SelectMany(g => new[] { WeightOf(g), WeightOf(g) }).ToArray();

    public static string WordsColumn(string group) => group + "_w";

    public static string GramsColumn(string group) => group + "_g";

    /// <summary>The index of a group in <see cref="Groups"/> (the unsectioned group for an unknown kind).</summary>
    public static int GroupOf(string kind)
    {
        var i = IndexOf(Groups, kind);
        return i < 0 ? Groups.Count - 1 : i;
    }

    internal static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }

    private static double WeightOf(string group) => group switch
    {
        SectionKinds.Problems => 4.0,
        SectionKinds.Overview or SectionKinds.Other or Unsectioned => 1.0,
        SectionKinds.Preamble => 0.5,
        _ => 0.25, // the three standard tables and the appendix: numbers, and the same row labels in every report
    };
}
