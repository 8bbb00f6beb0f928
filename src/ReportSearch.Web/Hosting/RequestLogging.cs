using System.Diagnostics;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// One log line per request — method, path, status, milliseconds — written when the response is done, whatever
/// happened inside. The query string is left out: queries can be long and are the users' business.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.LogInformation("{Method} {Path} {Status} {Elapsed:0} ms",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
        }
    }
}
