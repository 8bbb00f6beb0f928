using ReportSearch.Analysis;
using ReportSearch.Divisions;

namespace ReportSearch.Tests.Analysis;

/// <summary>
/// One analyzer for all analysis tests, built the way the index builds it: the user dictionary plus every name of
/// the division list. Building it reads ICU's tables and the list once.
/// </summary>
internal static class SharedAnalyzer
{
    private static readonly Lazy<Analyzer> Instance =
        new(() => Analyzer.Create(DivisionTable.Load().All.Select(d => d.Name)));

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Seeds =
        new(() => SeedFiles.Reports.Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToList());

    public static Analyzer Value => Instance.Value;

    /// <summary>The five real reports: file name and text.</summary>
    public static IReadOnlyList<(string Name, string Text)> SeedReports => Seeds.Value;

    public static IEnumerable<string> Terms(IEnumerable<Token> tokens) => tokens.Select(t => t.Term);
}
