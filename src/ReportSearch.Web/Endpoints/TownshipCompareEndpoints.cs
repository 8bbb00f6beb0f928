using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Web.Compare;
using static ReportSearch.Web.Endpoints.CompareAnswers;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// One township against itself and its peers, named as the CLI names it (<c>township</c>, plus <c>county</c> or
/// <c>code</c> when several share the name):
/// <c>GET /api/compare/yoy?township=</c> — its metrics year by year with changes, problems new / repeated / resolved;
/// <c>GET /api/compare/peers?township=&amp;year=&amp;scope=county|city|province&amp;with=&amp;metrics=</c> — its report
/// of a year ranked among its peers. Answers are <c>{result, report_ids}</c>; CSV of the metrics with <c>format=csv</c>.
/// </summary>
public static class TownshipCompareEndpoints
{
    public static void MapTownshipCompare(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/compare").WithTags("compare");
        group.MapGet("/yoy", YearOverYear).WithName("YearOverYear").Produces<ComparisonAnswer<YearOverYearResult>>();
        group.MapGet("/peers", Peers).WithName("Peers").Produces<ComparisonAnswer<PeerComparison>>();
    }

    private static IResult YearOverYear(ICompareLibrary library, string? township, string? county, string? code, string? format)
    {
        if (Check(township, county, code) is { } bad) return bad;
        return Township(library.YearOverYear(Query(township!, county, code)), answer => JsonOrCsv(answer, format, "yoy.csv",
            ["year", "key", "value", "approx", "previous_year", "previous", "change", "change_percent"],
            result => result.Years.SelectMany(y => y.Metrics.Where(m => m.Value is not null || m.Previous is not null)
                .Select(m => new object?[] { y.Year, m.Key, m.Value, m.Approx, y.PreviousYear, m.Previous, m.Change, m.ChangePercent }))));
    }

    private static IResult Peers(
        ICompareLibrary library, string? township, string? county, string? code, int? year, string? scope, string? with, string? metrics, string? format)
    {
        if (Check(township, county, code) is { } bad) return bad;
        if (year is null) return Bad("Year missing", "give the year of the report to compare: year=2022");
        if (BadYear(year) is { } badYear) return badYear;
        if (!TryLevel(scope, RegionScope.County, out var level)) return Bad("Bad scope", "scope must be county, city or province");
        var peers = List(with);
        var patterns = List(metrics);
        if (peers.Count > 200 || patterns.Count > 50) return Bad("Too many", "at most 200 peers and 50 metric patterns");
        if (peers.Concat(patterns).Any(p => p.Length > MaxNameLength)) return Bad("Bad list", $"a name or pattern has more than {MaxNameLength} characters");

        var query = new PeersQuery(Query(township!, county, code), year.Value, level, peers.Count == 0 ? null : peers, patterns.Count == 0 ? null : patterns);
        return Township(library.Peers(query), answer => JsonOrCsv(answer, format, "peers.csv",
            ["key", "rank", "percentile", "value", "approx", "self", "province", "city", "county", "township", "year"],
            result => result.Metrics.SelectMany(m => m.Values.Select(v => (object?[])
                [m.Key, v.Rank, v.Percentile, v.Value, v.Approx, v.Report.File == result.Township.File, .. Place(v.Report.Township), v.Report.Year]))));
    }

    private static TownshipQuery Query(string township, string? county, string? code) =>
        new(township.Trim(), string.IsNullOrWhiteSpace(county) ? null : county.Trim(), string.IsNullOrWhiteSpace(code) ? null : code.Trim());

    private static IResult? Check(string? township, string? county, string? code)
    {
        if (string.IsNullOrWhiteSpace(township)) return Bad("Township missing", "name the township: township=…, with county=… or code=… when several share the name");
        return TooLong("township", township) ?? TooLong("county", county) ?? TooLong("code", code);
    }
}
