using ReportSearch.Compare;
using ReportSearch.Web.Compare;

namespace ReportSearch.Web.Endpoints;

/// <summary>A comparison answer, with the index id of every report it names so the page can link to them.</summary>
/// <param name="ReportIds">Report file → index id (<c>/api/reports/{id}</c>, <c>#/report/{id}</c>).</param>
public sealed record Compared<T>(T Result, IReadOnlyDictionary<string, long> ReportIds);

/// <summary>
/// What the comparison endpoints share: reading their common parameters, and turning the library's refusals into
/// problem details (an ambiguous township is a 409 listing the candidates; an unknown one a 404).
/// </summary>
public static class CompareAnswers
{
    public const int MaxNameLength = 100;

    /// <summary>Runs the question and shapes its answer, or the problem that stopped it.</summary>
    public static IResult Answer<T>(Func<T> ask, Func<T, IResult> shape)
    {
        T result;
        try
        {
            result = ask();
        }
        catch (AmbiguousTownshipException e)
        {
            var problem = TypedResults.Problem(e.Message, statusCode: 409, title: "Several townships have this name");
            problem.ProblemDetails.Extensions["candidates"] = e.Candidates.Select(c => new TownshipCandidate(c.Key, c.Label, c.DivisionCode, c.County, c.City, c.Province)).ToList();
            return problem;
        }
        catch (TownshipNotFoundException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 404, title: "Township not found");
        }
        catch (CompareQueryException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.Status, title: e.Status == 404 ? "Not found" : "Bad question");
        }
        return shape(result);
    }

    /// <summary>The JSON answer with the ids of <paramref name="files"/>.</summary>
    public static IResult Json<T>(ICompareLibrary library, T result, IEnumerable<string> files) =>
        TypedResults.Ok(new Compared<T>(result, library.Ids(files)));

    public static IResult Bad(string title, string detail) => TypedResults.Problem(detail, statusCode: 400, title: title);

    /// <summary>A problem when a free-text parameter is too long, else null.</summary>
    public static IResult? TooLong(string name, string? value) =>
        value is { Length: > MaxNameLength } ? Bad($"Bad {name}", $"{name} has more than {MaxNameLength} characters") : null;

    /// <summary>Reads county|city|province.</summary>
    public static bool TryScope(string? value, RegionScope fallback, out RegionScope scope)
    {
        scope = fallback;
        if (string.IsNullOrWhiteSpace(value)) return true;
        return Enum.TryParse(value, ignoreCase: true, out scope) && Enum.IsDefined(scope) && !int.TryParse(value, out _);
    }

    /// <summary>A comma-separated list, blanks dropped (Chinese commas too, as people type them).</summary>
    public static IReadOnlyList<string> List(string? value) =>
        (value ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A township for CSV and candidates: its name with its place.</summary>
    public static object?[] Place(TownshipIdentity t) => [t.Province, t.City, t.County ?? string.Join("/", t.CountyCandidates), t.Township];
}

/// <summary>One township an ambiguous name may mean; ask again with its <see cref="Key"/>, code or county.</summary>
public sealed record TownshipCandidate(string Key, string Label, string? Code, string? County, string? City, string? Province);
