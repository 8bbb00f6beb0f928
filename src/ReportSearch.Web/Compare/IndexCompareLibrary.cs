using Microsoft.Data.Sqlite;
using ReportSearch.Compare;
using ReportSearch.Model;
using ReportSearch.Search;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Web.Compare;

/// <summary>
/// The comparison questions answered by loading the reports in scope from the index and running the Compare
/// algorithms over them. Loading is per request and costs about a millisecond a report, so a scope is capped at
/// <see cref="MaxReports"/>: a wider question is a 400 asking to narrow it.
/// </summary>
public sealed class IndexCompareLibrary(IndexLibrary index) : ICompareLibrary
{
    public const int MaxReports = 4000;

    private readonly YearOverYear _yearOverYear = new();
    private readonly CommonProblems _commonProblems = new();
    private readonly PassageFingerprints _fingerprints = new();

    public YearOverYearResult YearOverYear(TownshipQuery township)
    {
        var (reports, key) = Township(township);
        return _yearOverYear.Compare(reports, key);
    }

    public PeerComparison Peers(TownshipQuery township, int? year, PeerQuery peers)
    {
        var (reports, _) = Township(township);
        var own = reports.Where(r => r.Year is not null).OrderByDescending(r => r.Year).ThenBy(r => r.File, StringComparer.Ordinal).ToList();
        var target = year is null ? own.FirstOrDefault() : own.FirstOrDefault(r => r.Year == year);
        if (target is null)
            throw new CompareQueryException(year is null ? "the township has no dated report" : $"the township has no report for {year}", 404);

        IReadOnlyList<Report> group;
        if (peers.With.Count > 0)
        {
            var names = string.Join(",", peers.With.Select((_, i) => "$w" + i));
            group = Load($"year = $year AND township IN ({names})",
                [("$year", target.Year!.Value), .. peers.With.Select((w, i) => ("$w" + i, (object)w))]);
        }
        else
        {
            if (Regions.KeyOf(target, peers.Scope) is null)
                throw new CompareQueryException($"the township's {peers.Scope.ToString().ToLowerInvariant()} is not settled, so its peers are unknown; name them with 'with'");
            // Narrow in SQL by province and year, then by the exact region key.
            var sameYear = Load("year = $year AND province IS $province", [("$year", target.Year!.Value), ("$province", target.Province)]);
            group = Regions.PeersOf(target, sameYear, peers.Scope);
        }
        return PeerRanking.Compare(target, group, peers.Metrics);
    }

    public CommonProblemsResult Problems(ScopeQuery scope)
    {
        var result = _commonProblems.Rank(InScope(scope));
        return scope.Category is null ? result : result with { Categories = result.Categories.Where(c => c.Category == scope.Category).ToList() };
    }

    public IReadOnlyList<CopiedPassage> Copies(ScopeQuery scope, int minChars) =>
        new CopiedPassages().Find(InScope(scope).Select(_fingerprints.Of).ToList(), new CopyOptions(MinChars: minChars));

    public MetricOverview Metric(string key, int year, RegionScope groupBy, ScopeQuery scope)
    {
        var overview = MetricSummary.For(InScope(scope with { Year = year }), key, year, groupBy);
        if (overview.Reports > 0 && overview.Missing == overview.Reports)
            throw new CompareQueryException($"no report of {year} in scope states the metric {key}", 404);
        return overview;
    }

    public IReadOnlyList<AnomalyGroup> Validate(ScopeQuery scope) => AnomalyChecks.Group(InScope(scope));

    public IReadOnlyDictionary<string, long> Ids(IEnumerable<string> files)
    {
        var wanted = files.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return new Dictionary<string, long>();
        return index.Read((store, _) =>
        {
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            // SQLite caps bound parameters; chunks of 500 stay well under it.
            foreach (var chunk in wanted.Chunk(500))
            {
                using var command = store.Connection.CreateCommand();
                command.CommandText = $"SELECT file, id FROM reports WHERE file IN ({string.Join(",", chunk.Select((_, i) => "$f" + i))})";
                for (var i = 0; i < chunk.Length; i++) command.Parameters.AddWithValue("$f" + i, chunk[i]);
                using var reader = command.ExecuteReader();
                while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt64(1);
            }
            return ids;
        });
    }

    /// <summary>The reports of one township, and the identity key chosen when the name fits several.</summary>
    private (IReadOnlyList<Report> Reports, string? Key) Township(TownshipQuery query)
    {
        var reports = Load("township = $name AND ($county IS NULL OR county = $county) AND ($code IS NULL OR division_code = $code)",
            [("$name", query.Name), ("$county", query.County), ("$code", query.Code)]);
        var identities = reports.Where(r => r.Year is not null).Select(TownshipIdentity.Of).Distinct()
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        if (identities.Count == 0) throw new TownshipNotFoundException($"no dated report of a township named {query.Name} matches");
        if (query.Key is not null)
        {
            if (identities.All(t => t.Key != query.Key)) throw new TownshipNotFoundException("no township of that name has this key");
            return (reports.Where(r => TownshipIdentity.Of(r).Key == query.Key).ToList(), query.Key);
        }
        if (identities.Count > 1) throw new AmbiguousTownshipException(identities);
        return (reports, identities[0].Key);
    }

    private IReadOnlyList<Report> InScope(ScopeQuery scope) =>
        Load("($region IS NULL OR province = $region OR city = $region OR county = $region) AND ($year IS NULL OR year = $year)",
            [("$region", scope.Region), ("$year", scope.Year)]);

    private IReadOnlyList<Report> Load(string where, IReadOnlyList<(string Name, object? Value)> parameters) =>
        index.Read((store, stored) =>
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = $"SELECT id FROM reports WHERE {where} ORDER BY id LIMIT {MaxReports + 1}";
            foreach (var (name, value) in parameters) command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
            var ids = new List<long>();
            using (var reader = command.ExecuteReader())
                while (reader.Read()) ids.Add(reader.GetInt64(0));
            if (ids.Count > MaxReports) return null;
            return ids.Select(stored.ById).OfType<StoredReport>().Select(s => s.Report).ToList();
        }) ?? throw new CompareQueryException($"more than {MaxReports} reports in scope; narrow it by region or year");
}
