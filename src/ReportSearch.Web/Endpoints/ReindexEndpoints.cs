using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReportSearch.Index;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// <c>POST /api/reindex</c> with header <c>X-Reindex-Token</c>: brings the index up to date with the configured report
/// folders. Mapped only when the host was started with <c>--allow-reindex</c>; otherwise the path does not exist.
/// </summary>
public static class ReindexEndpoints
{
    public const string TokenHeader = "X-Reindex-Token";

    public static void MapReindex(IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<WebOptions>>().Value.AllowReindex) return;
        app.MapPost("/api/reindex", Reindex).WithName("Reindex").WithTags("admin");
    }

    private static Results<Ok<IndexSummary>, ProblemHttpResult> Reindex(
        Reindexer reindexer, IOptions<WebOptions> options, [FromHeader(Name = TokenHeader)] string? token, CancellationToken cancel)
    {
        if (!reindexer.Accepts(token))
            return TypedResults.Problem($"send the reindex token in {TokenHeader}", statusCode: 403, title: "Not allowed");
        if (options.Value.Reports.Length == 0)
            return TypedResults.Problem("the host was started without report folders to index", statusCode: 409, title: "Nothing to index");
        var summary = reindexer.TryRun(cancel);
        return summary is null
            ? TypedResults.Problem("an indexing run is already under way", statusCode: 409, title: "Busy")
            : TypedResults.Ok(summary);
    }
}
