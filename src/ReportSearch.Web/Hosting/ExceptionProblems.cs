using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ReportSearch.Index;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// Every exception an endpoint lets through becomes a problem details answer (RFC 7807) with a fixed, safe text:
/// an unusable index is a 503 naming the reason, a bad request keeps its status, anything else is a bare 500. The
/// exception itself — message, type, stack — goes to the log only.
/// </summary>
public sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
    {
        var problem = exception switch
        {
            IndexUnavailableException e => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable, Title = "The index is not available", Detail = e.Message,
            },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "Bad request" },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred" },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path.Value);
        else
            logger.LogWarning("{Method} {Path}: {Message}", context.Request.Method, context.Request.Path.Value, exception.Message);

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
