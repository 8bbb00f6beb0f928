using ReportSearch.Compare;
using ReportSearch.Web.Compare;
using static ReportSearch.Web.Endpoints.CompareAnswers;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// One township against itself and its peers, named like the CLI does (<c>township</c> plus <c>county</c> or
/// <c>code</c>, or a candidate's <c>key</c>):
/// <c>GET /api/compare/yoy?township=</c> — its metrics year by year with changes, problems new / repeated / resolved;
/// <c>GET /api/compare/peers?township=&amp;year=&amp;scope=county|city|province&amp;with=&amp;metrics=</c> — its report
/// of a year ranked among its peers. CSV of the metrics with <c>format=csv</c>.
/// </summary>
public static class TownshipCompareEndpoints
{
    public static void MapTownshipCompare(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/compare").WithTags("compare");
        group.MapGet("/yoy", YearOverYear).WithName("YearOverYear").Produces<Compared<YearOverYearResult>>();
        group.MapGet("/peers", Peers).WithName("Peers").Produces<Compared<PeerComparison>>();
    }

    private static IResult YearOverYear(ICompareLibrary library, string? township, string? county, string? code, string? key, string? format)
    {
        if (Check(township, county, code, key) is { } bad) return bad;
        return Answer(() => library.YearOverYear(new TownshipQuery(township!.Trim(), county, code, key)), result =>
        {
            if (!Csv.Wanted(format)) return Json(library, result, result.Years.Select(y => y.Report.File));
            return Csv.File("yoy.csv", ["year", "key", "value", "approx", "previous_year", "previous", "change", "change_percent"],
                result.Years.SelectMany(y => y.Metrics.Where(m => m.Value is not null || m.Previous is not null)
                    .Select(m => new object?[] { y.Year, m.Key, m.Value, m.Approx, y.PreviousYear, m.Previous, m.Change, m.ChangePercent })));
        });
    }

    private static IResult Peers(
        ICompareLibrary library, string? township, string? county, string? code, string? key, int? year, string? scope,
        string? with, string? metrics, string? format)
    {
        if (Check(township, county, code, key) is { } bad) return bad;
        if (!TryScope(scope, RegionScope.County, out var level)) return Bad("Bad scope", "scope must be county, city or province");
        if (year is < 1990 or > 2100) return Bad("Bad year", "year must be between 1990 and 2100");
        var peers = List(with);
        var patterns = List(metrics);
        if (peers.Count > 200 || patterns.Count > 50) return Bad("Too many", "at most 200 peers and 50 metric patterns");
        if (peers.Concat(patterns).FirstOrDefault(p => p.Length > MaxNameLength) is { } longOne)
            return Bad("Bad list", $"'{longOne[..20]}…' is too long");

        var query = new PeerQuery(level, peers, patterns.Count == 0 ? null : patterns);
        return Answer(() => library.Peers(new TownshipQuery(township!.Trim(), county, code, key), year, query), result =>
        {
            if (!Csv.Wanted(format)) return Json(library, result, result.Peers.Prepend(result.Township).Select(r => r.File));
            return Csv.File("peers.csv", ["key", "rank", "percentile", "value", "approx", "self", "province", "city", "county", "township", "year"],
                result.Metrics.SelectMany(m => m.Values.Select(v => (object?[])
                    [m.Key, v.Rank, v.Percentile, v.Value, v.Approx, v.Report.File == result.Township.File, .. Place(v.Report.Township), v.Report.Year])));
        });
    }

    private static IResult? Check(string? township, string? county, string? code, string? key)
    {
        if (string.IsNullOrWhiteSpace(township)) return Bad("Township missing", "name the township: township=…, with county=… or code=… when several share the name");
        return TooLong("township", township) ?? TooLong("county", county) ?? TooLong("code", code) ?? (key is { Length: > 400 } ? Bad("Bad key", "key is too long") : null);
    }
}
