using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Model;
using ReportSearch.Web.Compare;
using static ReportSearch.Web.Endpoints.CompareAnswers;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// Questions over a scope of reports — a region by <c>province=</c>, <c>city=</c> or <c>county=</c> (all when none):
/// <c>GET /api/problems?year=&amp;category=</c> common problem categories with trend and typical statements;
/// <c>GET /api/copies?min-chars=</c> passages copied between reports;
/// <c>GET /api/metrics/{key}?year=&amp;group-by=</c> one metric's distribution and ranking;
/// <c>GET /api/validate?year=</c> anomalies by kind. Answers are <c>{result, report_ids}</c>; CSV with <c>format=csv</c>.
/// </summary>
public static partial class ScopeCompareEndpoints
{
    public const int DefaultMinChars = 50;

    public static void MapScopeCompare(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/problems", Problems).WithName("Problems").WithTags("compare").Produces<ComparisonAnswer<CommonProblemsResult>>();
        app.MapGet("/api/copies", Copies).WithName("Copies").WithTags("compare").Produces<ComparisonAnswer<CopiesResult>>();
        app.MapGet("/api/metrics/{key}", Metric).WithName("Metric").WithTags("compare").Produces<ComparisonAnswer<MetricOverview>>();
        app.MapGet("/api/validate", Validate).WithName("Validate").WithTags("compare").Produces<ComparisonAnswer<IReadOnlyList<AnomalyGroup>>>();
    }

    private static IResult Problems(ICompareLibrary library, string? province, string? city, string? county, int? year, string? category, string? format)
    {
        if (BadYear(year) is { } badYear) return badYear;
        if (Region(library, province, city, county, out var region) is { } bad) return bad;
        if (!string.IsNullOrEmpty(category) && !ProblemCategories.All.Contains(category))
            return Bad("Bad category", $"category must be one of {string.Join(", ", ProblemCategories.All)}");
        var answer = library.Problems(new ProblemsQuery(year, region, string.IsNullOrEmpty(category) ? null : category));
        return JsonOrCsv(answer, format, "problems.csv",
            ["category", "reporting", "townships", "share", "year", "year_townships", "year_reporting", "year_share"],
            result => result.Categories.SelectMany(c => c.Trend.Select(t => new object?[] { c.Category, c.Reporting, result.Townships, c.Share, t.Year, t.Townships, t.Reporting, t.Share })));
    }

    private static IResult Copies(ICompareLibrary library, string? province, string? city, string? county, [FromQuery(Name = "min-chars")] int? minChars, string? format)
    {
        if (Region(library, province, city, county, out var region) is { } bad) return bad;
        if (minChars is < 10 or > 5000) return Bad("Bad min-chars", "min-chars must be between 10 and 5000");
        var answer = library.Copies(new CopiesQuery(region, minChars ?? DefaultMinChars));
        return JsonOrCsv(answer, format, "copies.csv",
            ["group", "kind", "verbatim", "own_chars", "province", "city", "county", "township", "year", "file", "start", "end", "length"],
            result => result.Passages.SelectMany((c, i) => c.Occurrences.Select(o => (object?[])
                [i + 1, c.Kind, c.Verbatim, c.OwnChars, .. Place(o.Report.Township), o.Report.Year, Path.GetFileName(o.Report.File), o.Start, o.End, o.Length])));
    }

    private static IResult Metric(
        ICompareLibrary library, string key, int? year, [FromQuery(Name = "group-by")] string? groupBy,
        string? province, string? city, string? county, string? format)
    {
        if (!MetricKey().IsMatch(key)) return Bad("Bad metric key", "a metric key is lower-case words joined by dots, e.g. disclosed.total");
        if (year is null) return Bad("Year missing", "give the year: year=2022");
        if (!TryLevel(groupBy, RegionScope.County, out var level)) return Bad("Bad group-by", "group-by must be county, city or province");
        if (BadYear(year) is { } badYear) return badYear;
        if (Region(library, province, city, county, out var region) is { } bad) return bad;
        var answer = library.Metrics(new MetricsQuery(key, year.Value, level, region));
        if (answer.Result.Reports > 0 && answer.Result.Missing == answer.Result.Reports)
            return TypedResults.Problem($"no report of {year} in scope states {key}", statusCode: 404, title: "Metric not found");
        return JsonOrCsv(answer, format, $"metric-{key}-{year}.csv",
            ["rank", "percentile", "value", "approx", "province", "city", "county", "township", "year", "file"],
            result => result.Ranking.Select(r => (object?[])[r.Rank, r.Percentile, r.Value, r.Approx, .. Place(r.Report.Township), r.Report.Year, Path.GetFileName(r.Report.File)]));
    }

    private static IResult Validate(ICompareLibrary library, string? province, string? city, string? county, int? year, string? format)
    {
        if (BadYear(year) is { } badYear) return badYear;
        if (Region(library, province, city, county, out var region) is { } bad) return bad;
        var answer = library.Validate(new ValidateQuery(region, year));
        return JsonOrCsv(answer, format, "validate.csv",
            ["kind", "table", "detail", "province", "city", "county", "township", "year", "file"],
            result => result.SelectMany(g => g.Anomalies.Select(a => (object?[])
                [g.Kind, a.Anomaly.Table, a.Anomaly.Detail, .. Place(a.Report.Township), a.Report.Year, Path.GetFileName(a.Report.File)])));
    }

    [GeneratedRegex(@"^[a-z0-9_]+(\.[a-z0-9_]+){0,6}$")]
    private static partial Regex MetricKey();
}
