using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReportSearch.Query;
using ReportSearch.Search;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Web.Endpoints;

/// <summary>A search sent as a JSON body (for queries too long to share as a link).</summary>
public sealed record SearchBody(string? Q, int? Limit, int? Offset, string? Sort);

/// <summary>
/// <c>GET /api/search?q=&amp;limit=&amp;offset=&amp;sort=&amp;format=</c> (and the same as a POSTed JSON body): the
/// total, a page of hits with highlighted snippets, and facet counts; CSV of the page with <c>format=csv</c>. A query
/// that cannot be read, or is too long, is a 400 problem saying what is wrong.
/// </summary>
public static class SearchEndpoints
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 10_000;

    public static void MapSearch(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("search");
        group.MapGet("/", (IReportLibrary library, IOptions<WebOptions> options, string? q, int? limit, int? offset, string? sort, string? format) =>
            Search(library, options.Value, q, limit, offset, sort, format)).WithName("Search");
        group.MapPost("/", (IReportLibrary library, IOptions<WebOptions> options, SearchBody body, string? format) =>
            Search(library, options.Value, body.Q, body.Limit, body.Offset, body.Sort, format)).WithName("SearchPost");
    }

    private static Results<Ok<SearchResult>, FileContentHttpResult, ProblemHttpResult> Search(
        IReportLibrary library, WebOptions options, string? q, int? limit, int? offset, string? sort, string? format)
    {
        var query = q ?? "";
        if (query.Length > options.MaxQueryLength)
            return Bad("Query too long", $"the query has {query.Length} characters; at most {options.MaxQueryLength} are accepted");
        if (limit is < 1 or > MaxLimit) return Bad("Bad limit", $"limit must be between 1 and {MaxLimit}");
        if (offset is < 0 or > MaxOffset) return Bad("Bad offset", $"offset must be between 0 and {MaxOffset}");

        var request = new SearchRequest(query, limit ?? 10, offset ?? 0, string.IsNullOrWhiteSpace(sort) ? SearchRequest.Relevance : sort);
        SearchResult result;
        try
        {
            result = library.Search(request);
        }
        catch (QuerySyntaxException e)
        {
            var problem = TypedResults.Problem(e.Describe(), statusCode: 400, title: "The query cannot be read");
            problem.ProblemDetails.Extensions["position"] = e.Position;
            return problem;
        }
        catch (ArgumentException e)
        {
            return Bad("Bad search", e.Message);
        }

        if (!Csv.Wanted(format)) return TypedResults.Ok(result);
        return Csv.File("search.csv", ["id", "year", "province", "city", "county", "township", "score", "file", "snippet"],
            result.Hits.Select(h => new object?[]
            {
                h.Id, h.Year, h.Province, h.City, h.County, h.Township, h.Score, Path.GetFileName(h.File),
                string.Join(" … ", h.Snippets.Select(Csv.Plain)),
            }));
    }

    private static ProblemHttpResult Bad(string title, string detail) => TypedResults.Problem(detail, statusCode: 400, title: title);
}
