using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Compare.Service;

/// <summary>
/// The comparisons of issue 5 served from an open index: one method per question, each loading only the reports
/// (and only the parts of them) its question needs, by township, region, year or key, then running the Compare
/// algorithm on them, so an answer equals the algorithm's answer over the same stored reports. One question at a
/// time per instance (it uses the index's connection).
/// </summary>
public sealed class ReportComparisons(ReportIndex index)
{
    private readonly IndexedReports _reports = new(index);
    private readonly ReportParts _parts = new(index);
    private readonly YearOverYear _yearOverYear = new();
    private readonly CommonProblems _commonProblems = new();
    private readonly CopiedPassages _copies = new();

    /// <summary>Year over year for one township; ambiguous and unknown names answered as such.</summary>
    public TownshipAnswer<YearOverYearResult> YearOverYear(TownshipQuery query)
    {
        var resolved = Resolve(query);
        if (resolved.Match != TownshipMatch.Found) return Unresolved<YearOverYearResult>(resolved);
        var rows = resolved.Rows.Where(r => r.Year is not null).ToList();
        var result = _yearOverYear.Compare(ByIds(rows, Parts.Problems | Parts.Measures | Parts.Metrics | Parts.Anomalies));
        return new TownshipAnswer<YearOverYearResult>(TownshipMatch.Found, result, [resolved.Identity!], [], Ids(rows));
    }

    /// <summary>A township and its peers in a year. <see cref="TownshipMatch.Found"/> with a null result: no report that year.</summary>
    public TownshipAnswer<PeerComparison> Peers(PeersQuery query)
    {
        var resolved = Resolve(query.Township);
        if (resolved.Match != TownshipMatch.Found) return Unresolved<PeerComparison>(resolved);
        var own = resolved.Rows.Where(r => r.Year == query.Year).OrderBy(r => r.File, StringComparer.Ordinal).FirstOrDefault();
        if (own is null) return new TownshipAnswer<PeerComparison>(TownshipMatch.Found, null, [resolved.Identity!], [], Ids(resolved.Rows));
        var target = ByIds([own], Parts.Problems | Parts.Metrics).Single();

        List<ReportRow> candidates;
        if (query.With is { Count: > 0 } names)
            candidates = names.SelectMany(_reports.ByTownship).Where(r => r.Year == query.Year).ToList();
        else
        {
            var region = RegionOf(own, query.Scope);
            candidates = region is null ? [] : _reports.InScope(region, query.Year)
                .Where(r => Regions.KeyOf(r.Bare(), query.Scope) == Regions.KeyOf(own.Bare(), query.Scope)).ToList();
        }
        candidates = candidates.Where(r => !r.Identity.Equals(resolved.Identity)).DistinctBy(r => r.Id).ToList();
        // Of the peers, the comparison reads metrics and the categories of their problems, never a problem's text.
        var peers = ByIds(candidates, Parts.ProblemCategories | Parts.Metrics);
        var result = PeerRanking.Compare(target, peers, query.Metrics);
        return new TownshipAnswer<PeerComparison>(TownshipMatch.Found, result, [resolved.Identity!], [], Ids([own, .. candidates]));
    }

    /// <summary>Problem categories ranked by the share of townships reporting them in scope.</summary>
    public ComparisonAnswer<CommonProblemsResult> Problems(ProblemsQuery query)
    {
        var rows = _reports.InScope(query.Region, query.Year);
        var (where, parameters) = IndexedReports.ScopeSql(query.Region, query.Year);
        var result = _commonProblems.Rank(_parts.Read(rows, Parts.Problems, where, parameters), query.Options);
        if (query.Category is { } category)
            result = result with { Categories = result.Categories.Where(c => c.Category == category).ToList() };
        return new ComparisonAnswer<CommonProblemsResult>(result, Ids(rows));
    }

    /// <summary>Copied passages among the reports in scope, from the fingerprints stored at index time.</summary>
    public ComparisonAnswer<CopiesResult> Copies(CopiesQuery query)
    {
        var rows = _reports.InScope(query.Region, null);
        var (where, parameters) = IndexedReports.ScopeSql(query.Region, null);
        var blobs = _reports.Fingerprints(where, parameters);
        var prints = rows.Where(r => blobs.ContainsKey(r.Id)).Select(r => FingerprintBlob.Unpack(blobs[r.Id], r.Ref)).ToList();
        var passages = _copies.Find(prints, CopyOptions.Default with { MinChars = query.MinChars, IncludeStock = query.IncludeStock });
        return new ComparisonAnswer<CopiesResult>(new CopiesResult(prints.Count, passages), Ids(rows));
    }

    /// <summary>One metric in one year: distribution, ranking, reports stating no value, per region.</summary>
    public ComparisonAnswer<MetricOverview> Metrics(MetricsQuery query)
    {
        var rows = _reports.InScope(query.Region, query.Year);
        var (where, parameters) = IndexedReports.ScopeSql(query.Region, query.Year);
        var values = _reports.Values(query.Key, where, parameters);
        // The index keeps one value per key and report (no provenance): enough for a distribution and a ranking.
        var reports = rows.Select(r => r.Bare() with
        {
            Metrics = values.TryGetValue(r.Id, out var v) ? [new Metric(query.Key, v, false, null, Metric.FromTable, "", 0, 0)] : [],
        });
        return new ComparisonAnswer<MetricOverview>(MetricSummary.For(reports, query.Key, query.Year, query.GroupBy), Ids(rows));
    }

    /// <summary>Every anomaly of the reports in scope, grouped by kind.</summary>
    public ComparisonAnswer<IReadOnlyList<AnomalyGroup>> Validate(ValidateQuery query)
    {
        var (where, parameters) = IndexedReports.ScopeSql(query.Region, query.Year);
        var anomalies = _reports.Anomalies(where, parameters);
        var rows = _reports.InScope(query.Region, query.Year).Where(r => anomalies.ContainsKey(r.Id)).ToList();
        var groups = AnomalyChecks.Group(rows.Select(r => r.Bare() with { Anomalies = anomalies[r.Id] }));
        return new ComparisonAnswer<IReadOnlyList<AnomalyGroup>>(groups, Ids(rows));
    }

    /// <summary>How many reports a region (all when null) holds in a year (all when null).</summary>
    public int ReportsIn(RegionFilter? region, int? year = null) => _reports.Count(region, year);

    /// <summary>True when some report states <paramref name="key"/> (or it is a METRICS.md key).</summary>
    public bool KnowsMetric(string key) => _reports.MetricKeys().Contains(key);

    /// <summary>Metric keys in the index nearest to <paramref name="key"/>.</summary>
    public IReadOnlyList<string> NearMetricKeys(string key) => NearNames.Rank(key, _reports.MetricKeys());

    /// <summary>Names of a region level that exist in the index, nearest to <paramref name="name"/> first.</summary>
    public IReadOnlyList<string> NearRegionNames(RegionScope level, string name) => NearNames.Rank(name, _reports.RegionNames(level));

    private sealed record Resolution(TownshipMatch Match, TownshipIdentity? Identity, List<ReportRow> Rows,
        IReadOnlyList<TownshipIdentity> Candidates, IReadOnlyList<string> NearNames);

    private Resolution Resolve(TownshipQuery query)
    {
        var rows = _reports.ByTownship(query.Name);
        if (query.Code is { } code) rows = rows.Where(r => r.DivisionCode == code).ToList();
        if (query.County is { } county)
            rows = rows.Where(r => r.County == county || (r.County is null && r.CountyCandidates.Contains(county))).ToList();
        if (rows.Count == 0)
            return new Resolution(TownshipMatch.Unknown, null, rows, [], NearNames.Rank(query.Name, _reports.TownshipNames()));
        var townships = rows.GroupBy(r => r.Identity).Select(g => g.Key).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        return townships.Count == 1
            ? new Resolution(TownshipMatch.Found, townships[0], rows, townships, [])
            : new Resolution(TownshipMatch.Ambiguous, null, rows, townships, []);
    }

    private List<Report> ByIds(IReadOnlyList<ReportRow> rows, Parts parts)
    {
        var (where, parameters) = ReportParts.ById(rows);
        return _parts.Read(rows, parts, where, parameters);
    }

    private static TownshipAnswer<T> Unresolved<T>(Resolution resolved) where T : class =>
        new(resolved.Match, null, resolved.Candidates, resolved.NearNames, Ids(resolved.Rows));

    private static RegionFilter? RegionOf(ReportRow row, RegionScope scope)
    {
        var name = scope switch
        {
            RegionScope.Province => row.Province,
            RegionScope.City => row.City,
            _ => row.County,
        };
        return name is null ? null : new RegionFilter(scope, name);
    }

    private static IReadOnlyDictionary<string, long> Ids(IEnumerable<ReportRow> rows)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows) ids.TryAdd(row.File, row.Id);
        return ids;
    }
}
