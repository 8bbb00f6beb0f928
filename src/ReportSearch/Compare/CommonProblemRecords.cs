using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>In one year: townships with a report, how many of them report the category, and the share.</summary>
public sealed record CategoryYearShare(int Year, int Townships, int Reporting, double Share);

/// <summary>A problem statement and the report it is in.</summary>
public sealed record Statement(ReportRef Report, Finding Finding);

/// <summary>Near-identical statements (verbatim or nearly so) of several reports; <see cref="Text"/> is the first one's.</summary>
public sealed record StatementCluster(string Text, int Townships, IReadOnlyList<Statement> Statements);

/// <summary>
/// One problem category over the reports in scope: how many townships report it in any year (and the share of all
/// townships in scope), its share year by year, the statements most typical of it, and its clusters of
/// near-identical statements, largest first.
/// </summary>
public sealed record CommonCategory(
    string Category, int Reporting, double Share, IReadOnlyList<CategoryYearShare> Trend,
    IReadOnlyList<Statement> Representative, IReadOnlyList<StatementCluster> Clusters);

/// <summary>Categories ranked by the share of townships reporting them.</summary>
public sealed record CommonProblemsResult(int Townships, IReadOnlyList<int> Years, IReadOnlyList<CommonCategory> Categories);

/// <summary>How many typical statements and clusters to keep per category, and how alike "near-identical" is.</summary>
public sealed record CommonProblemsOptions(int Representatives = 5, int Clusters = 10, double MinSimilarity = 0.8)
{
    public static readonly CommonProblemsOptions Default = new();
}
