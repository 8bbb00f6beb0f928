using Microsoft.AspNetCore.Http.HttpResults;
using ReportSearch.Model;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Web.Endpoints;

/// <summary>A stored report with its index id: metadata, sections, metrics with provenance, findings, anomalies and the normalised text every offset points into.</summary>
public sealed record ReportView(long Id, Report Report);

/// <summary><c>GET /api/reports/{id}</c>: one stored report as JSON, or its metrics as CSV with <c>format=csv</c>; 404 problem when unknown.</summary>
public static class ReportEndpoints
{
    public static void MapReports(IEndpointRouteBuilder app) =>
        app.MapGroup("/api/reports").WithTags("reports")
            .MapGet("/{id:long}", Get).WithName("Report");

    private static Results<Ok<ReportView>, FileContentHttpResult, ProblemHttpResult> Get(IReportLibrary library, long id, string? format)
    {
        var stored = library.Report(id);
        if (stored is null) return TypedResults.Problem($"no report {id} in the index", statusCode: 404, title: "Report not found");
        if (!Csv.Wanted(format)) return TypedResults.Ok(new ReportView(stored.Id, stored.Report));
        return Csv.File($"report-{id}-metrics.csv", ["key", "value", "approx", "unit", "source", "quote", "start", "end"],
            stored.Report.Metrics.Select(m => new object?[] { m.Key, m.Value, m.Approx, m.Unit, m.Source, m.Quote, m.Start, m.End }));
    }
}
