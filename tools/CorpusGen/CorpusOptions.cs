namespace ReportSearch.CorpusGen;

/// <summary>
/// What to generate: how many townships over which years, from which seed, in which file formats, and the
/// shares of every kind of injected trouble that the ground truth records. The same options always give
/// byte-identical files.
/// </summary>
public sealed record CorpusOptions(string OutputDirectory, int Townships, int FirstYear, int LastYear, ulong Seed)
{
    public FormatMix Formats { get; init; } = FormatMix.Default;

    /// <summary>Share of township-years with no report at all.</summary>
    public double MissingYearShare { get; init; } = 0.08;

    /// <summary>Share of townships that keep the 2019 template after 2020 (seed 003 is such a report).</summary>
    public double LegacyTemplateShare { get; init; } = 0.10;

    /// <summary>Share of reports whose tables are tab-separated rows (seed 004) rather than one cell per line.</summary>
    public double TabRowLayoutShare { get; init; } = 0.30;

    /// <summary>Share of reports with converter artifacts: [bookmark: _GoBack], [image: …], stray spaces in cells.</summary>
    public double ArtifactShare { get; init; } = 0.30;

    /// <summary>Share of reports with one injected table anomaly (recorded in the truth).</summary>
    public double AnomalyShare { get; init; } = 0.06;

    /// <summary>Share of reports of same-named townships (城关镇) that name only their city, leaving the county open.</summary>
    public double AmbiguousRegionShare { get; init; } = 0.5;

    /// <summary>Of last year's problems: the share stated again word for word.</summary>
    public double RepeatVerbatimShare { get; init; } = 0.35;

    /// <summary>Of last year's problems: the share stated again in other words (the rest are resolved).</summary>
    public double RepeatRewordedShare { get; init; } = 0.25;

    /// <summary>Share of reports that copy their county's shared paragraph verbatim from another township's report.</summary>
    public double CopyShare { get; init; } = 0.30;

    public IReadOnlyList<int> Years => Enumerable.Range(FirstYear, Math.Max(0, LastYear - FirstYear + 1)).ToList();
}
