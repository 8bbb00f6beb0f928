using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Web.Compare;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// What the comparison endpoints share: reading a township and a region the way the CLI takes them, and turning
/// unresolved names into problem details — an ambiguous township is a 409 listing the candidates, an unknown
/// township or region a 404 suggesting near names that exist.
/// </summary>
public static class CompareAnswers
{
    public const int MaxNameLength = 100;

    /// <summary>The township's answer as <c>{result, report_ids}</c>, or the problem of a name that did not settle one.</summary>
    public static IResult Township<T>(TownshipAnswer<T> answer, Func<ComparisonAnswer<T>, IResult> shape) where T : class
    {
        switch (answer.Match)
        {
            case TownshipMatch.Ambiguous:
                var ambiguous = TypedResults.Problem(
                    $"{answer.Candidates.Count} townships have this name; ask again with county= or code= (or key=)",
                    statusCode: 409, title: "Several townships have this name");
                ambiguous.ProblemDetails.Extensions["candidates"] = answer.Candidates
                    .Select(c => new TownshipCandidate(c.Key, c.Label, c.DivisionCode, c.County, c.CountyCandidates, c.City, c.Province)).ToList();
                return ambiguous;
            case TownshipMatch.Unknown:
                var unknown = TypedResults.Problem("no report of a township by this name" + Near(answer.NearNames), statusCode: 404, title: "Township not found");
                unknown.ProblemDetails.Extensions["near_names"] = answer.NearNames;
                return unknown;
        }
        if (answer.Result is null) return TypedResults.Problem("the township has no report of that year", statusCode: 404, title: "No report that year");
        return shape(new ComparisonAnswer<T>(answer.Result, answer.ReportIds));
    }

    /// <summary>
    /// The region of <c>province=</c>, <c>city=</c> or <c>county=</c> (the narrowest given), null when none; a problem
    /// when a name is too long or not in the index.
    /// </summary>
    public static IResult? Region(ICompareLibrary library, string? province, string? city, string? county, out RegionFilter? region)
    {
        region = null;
        if ((TooLong("province", province) ?? TooLong("city", city) ?? TooLong("county", county)) is { } bad) return bad;
        (RegionScope Level, string? Name)[] levels = [(RegionScope.County, county), (RegionScope.City, city), (RegionScope.Province, province)];
        var (level, name) = levels.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l.Name));
        if (name is null) return null;
        name = name.Trim();
        var near = library.NearRegionNames(level, name);
        if (near.Count == 0 || near[0] != name)
        {
            var unknown = TypedResults.Problem($"no report from the {level.ToString().ToLowerInvariant()} {name}" + Near(near), statusCode: 404, title: "Region not found");
            unknown.ProblemDetails.Extensions["near_names"] = near;
            return unknown;
        }
        region = new RegionFilter(level, name);
        return null;
    }

    /// <summary>The JSON answer, or CSV rows under a header when <paramref name="format"/> is csv.</summary>
    public static IResult JsonOrCsv<T>(ComparisonAnswer<T> answer, string? format, string file, IReadOnlyList<string> header, Func<T, IEnumerable<object?[]>> rows) =>
        Csv.Wanted(format) ? Csv.File(file, header, rows(answer.Result)) : TypedResults.Ok(answer);

    public static IResult Bad(string title, string detail) => TypedResults.Problem(detail, statusCode: 400, title: title);

    /// <summary>A problem when a free-text parameter is too long, else null.</summary>
    public static IResult? TooLong(string name, string? value) =>
        value is { Length: > MaxNameLength } ? Bad($"Bad {name}", $"{name} has more than {MaxNameLength} characters") : null;

    public static IResult? BadYear(int? year) => year is < 1990 or > 2100 ? Bad("Bad year", "year must be between 1990 and 2100") : null;

    /// <summary>Reads county|city|province.</summary>
    public static bool TryLevel(string? value, RegionScope fallback, out RegionScope level)
    {
        level = fallback;
        if (string.IsNullOrWhiteSpace(value)) return true;
        return !int.TryParse(value, out _) && Enum.TryParse(value, ignoreCase: true, out level) && Enum.IsDefined(level);
    }

    /// <summary>A comma-separated list, blanks dropped (Chinese commas too, as people type them).</summary>
    public static IReadOnlyList<string> List(string? value) =>
        (value ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A township's place for CSV columns province, city, county, township.</summary>
    public static object?[] Place(TownshipIdentity t) => [t.Province, t.City, t.County ?? string.Join("/", t.CountyCandidates), t.Township];

    private static string Near(IReadOnlyList<string> names) => names.Count == 0 ? "" : "; near names: " + string.Join("、", names);
}

/// <summary>One township an ambiguous name may mean; ask again with its code or county.</summary>
public sealed record TownshipCandidate(
    string Key, string Label, string? Code, string? County, IReadOnlyList<string> CountyCandidates, string? City, string? Province);
