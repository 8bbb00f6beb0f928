namespace ReportSearch.CorpusGen;

/// <summary>
/// What a generated corpus holds, as written to <c>corpus.json</c>: the options, and the counts of everything the
/// truth records (reports by format and template, anomalies by kind, reports whose county the text leaves open,
/// problem repeats and resolutions, copied paragraphs).
/// </summary>
public sealed record CorpusSummary(
    CorpusOptionsRecord Options,
    int Townships,
    int Reports,
    IReadOnlyDictionary<string, int> ReportsByFormat,
    IReadOnlyDictionary<string, int> ReportsByTemplate,
    IReadOnlyDictionary<string, int> ReportsByYear,
    IReadOnlyDictionary<string, int> AnomaliesByKind,
    int CountyOpen,
    int ProblemsVerbatim,
    int ProblemsReworded,
    int ProblemsResolved,
    int ProblemsNew,
    int CopiedParagraphs,
    int ReportsWithCopies,
    double Seconds);

/// <summary>The options as the manifest states them (the output folder left out, so manifests compare across folders).</summary>
public sealed record CorpusOptionsRecord(
    int Townships, int FirstYear, int LastYear, ulong Seed, string Formats,
    double MissingYearShare, double LegacyTemplateShare, double TabRowLayoutShare, double ArtifactShare, double AnomalyShare,
    double AmbiguousRegionShare, double RepeatVerbatimShare, double RepeatRewordedShare, double CopyShare)
{
    public static CorpusOptionsRecord Of(CorpusOptions o) => new(
        o.Townships, o.FirstYear, o.LastYear, o.Seed, o.Formats.ToString(), o.MissingYearShare, o.LegacyTemplateShare,
        o.TabRowLayoutShare, o.ArtifactShare, o.AnomalyShare, o.AmbiguousRegionShare, o.RepeatVerbatimShare,
        o.RepeatRewordedShare, o.CopyShare);
}
