using System.Text.RegularExpressions;
using ReportSearch.Compare;
using ReportSearch.Model;
using ReportSearch.Web.Compare;
using static ReportSearch.Web.Endpoints.CompareAnswers;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// Questions over a scope of reports (a region by name — province, city or county — and a year):
/// <c>GET /api/problems?region=&amp;year=&amp;category=</c> common problem categories with trend and typical statements;
/// <c>GET /api/copies?scope=&amp;year=&amp;min-chars=</c> passages copied between reports;
/// <c>GET /api/metrics/{key}?year=&amp;group-by=&amp;scope=</c> one metric's distribution and ranking;
/// <c>GET /api/validate?scope=&amp;year=</c> anomalies by kind. CSV with <c>format=csv</c>.
/// </summary>
public static partial class ScopeCompareEndpoints
{
    public const int DefaultMinChars = 50;

    public static void MapScopeCompare(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/problems", Problems).WithName("Problems").WithTags("compare").Produces<Compared<CommonProblemsResult>>();
        app.MapGet("/api/copies", Copies).WithName("Copies").WithTags("compare").Produces<Compared<IReadOnlyList<CopiedPassage>>>();
        app.MapGet("/api/metrics/{key}", Metric).WithName("Metric").WithTags("compare").Produces<Compared<MetricOverview>>();
        app.MapGet("/api/validate", Validate).WithName("Validate").WithTags("compare").Produces<Compared<IReadOnlyList<AnomalyGroup>>>();
    }

    private static IResult Problems(ICompareLibrary library, string? region, int? year, string? category, string? format)
    {
        if (CheckScope(region, year) is { } bad) return bad;
        if (!string.IsNullOrEmpty(category) && !ProblemCategories.All.Contains(category))
            return Bad("Bad category", $"category must be one of {string.Join(", ", ProblemCategories.All)}");
        return Answer(() => library.Problems(new ScopeQuery(Blank(region), year, Blank(category))), result =>
        {
            if (!Csv.Wanted(format))
                return Json(library, result, result.Categories.SelectMany(c => c.Representative.Concat(c.Clusters.SelectMany(k => k.Statements))).Select(s => s.Report.File));
            return Csv.File("problems.csv", ["category", "reporting", "townships", "share", "year", "year_townships", "year_reporting", "year_share"],
                result.Categories.SelectMany(c => c.Trend.Select(t => new object?[] { c.Category, c.Reporting, result.Townships, c.Share, t.Year, t.Townships, t.Reporting, t.Share })));
        });
    }

    private static IResult Copies(ICompareLibrary library, string? scope, int? year, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "min-chars")] int? minChars, string? format)
    {
        if (CheckScope(scope, year) is { } bad) return bad;
        if (minChars is < 10 or > 5000) return Bad("Bad min-chars", "min-chars must be between 10 and 5000");
        return Answer(() => library.Copies(new ScopeQuery(Blank(scope), year), minChars ?? DefaultMinChars), result =>
        {
            if (!Csv.Wanted(format)) return Json(library, result, result.SelectMany(c => c.Occurrences).Select(o => o.Report.File));
            return Csv.File("copies.csv", ["group", "kind", "verbatim", "own_chars", "province", "city", "county", "township", "year", "file", "start", "end", "length"],
                result.SelectMany((c, i) => c.Occurrences.Select(o => (object?[])
                    [i + 1, c.Kind, c.Verbatim, c.OwnChars, .. Place(o.Report.Township), o.Report.Year, Path.GetFileName(o.Report.File), o.Start, o.End, o.Length])));
        });
    }

    private static IResult Metric(
        ICompareLibrary library, string key, int? year, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "group-by")] string? groupBy, string? scope, string? format)
    {
        if (!MetricKey().IsMatch(key)) return Bad("Bad metric key", "a metric key is lower-case words joined by dots, e.g. disclosed.total");
        if (year is null) return Bad("Year missing", "give the year: year=2022");
        if (CheckScope(scope, year) is { } bad) return bad;
        if (!TryScope(groupBy, RegionScope.County, out var level)) return Bad("Bad group-by", "group-by must be county, city or province");
        return Answer(() => library.Metric(key, year.Value, level, new ScopeQuery(Blank(scope), year)), result =>
        {
            if (!Csv.Wanted(format)) return Json(library, result, result.Ranking.Select(r => r.Report.File));
            return Csv.File($"metric-{key}-{year}.csv", ["rank", "percentile", "value", "approx", "province", "city", "county", "township", "year", "file"],
                result.Ranking.Select(r => (object?[])[r.Rank, r.Percentile, r.Value, r.Approx, .. Place(r.Report.Township), r.Report.Year, Path.GetFileName(r.Report.File)]));
        });
    }

    private static IResult Validate(ICompareLibrary library, string? scope, int? year, string? format)
    {
        if (CheckScope(scope, year) is { } bad) return bad;
        return Answer(() => library.Validate(new ScopeQuery(Blank(scope), year)), result =>
        {
            if (!Csv.Wanted(format)) return Json(library, result, result.SelectMany(g => g.Anomalies).Select(a => a.Report.File));
            return Csv.File("validate.csv", ["kind", "table", "detail", "province", "city", "county", "township", "year", "file"],
                result.SelectMany(g => g.Anomalies.Select(a => (object?[])
                    [g.Kind, a.Anomaly.Table, a.Anomaly.Detail, .. Place(a.Report.Township), a.Report.Year, Path.GetFileName(a.Report.File)])));
        });
    }

    private static IResult? CheckScope(string? region, int? year) =>
        TooLong("scope", region) ?? (year is < 1990 or > 2100 ? Bad("Bad year", "year must be between 1990 and 2100") : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[a-z0-9_]+(\.[a-z0-9_*]+){0,6}$")]
    private static partial Regex MetricKey();
}
