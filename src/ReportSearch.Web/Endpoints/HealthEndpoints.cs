using Microsoft.AspNetCore.Http.HttpResults;
using ReportSearch.Index;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Web.Endpoints;

/// <summary>Status of the host and its index.</summary>
/// <param name="Status"><c>ok</c>, or <c>no_index</c> when the host runs but the index cannot be read.</param>
/// <param name="Reports">Reports in the index, when it can be read.</param>
/// <param name="Detail">Why the index cannot be read.</param>
/// <param name="IndexChanged">When the index was last written, so the page can say how fresh it is.</param>
public sealed record HealthStatus(string Status, int? Reports, string? Detail, DateTimeOffset? IndexChanged = null);

/// <summary><c>GET /health</c>: the host answers; says whether the index is readable and how many reports it holds.</summary>
public static class HealthEndpoints
{
    public static void MapHealth(IEndpointRouteBuilder app) =>
        app.MapGet("/health", Health).WithName("Health").WithTags("health");

    private static Ok<HealthStatus> Health(IReportLibrary library)
    {
        try
        {
            return TypedResults.Ok(new HealthStatus("ok", library.Count(), null, library.LastChanged()));
        }
        catch (IndexUnavailableException e)
        {
            // The host itself is healthy: it can say what is wrong with the index.
            return TypedResults.Ok(new HealthStatus("no_index", null, e.Message));
        }
    }
}
