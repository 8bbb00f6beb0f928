using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// Per-client rate limiting with ASP.NET Core's limiter: a fixed window of <see cref="WebOptions.RatePermits"/>
/// requests per <see cref="WebOptions.RateWindowSeconds"/> for each remote address; over it, a 429 problem with
/// Retry-After. The settings are read per request from options, so tests can tighten them; <c>RatePermits</c> 0 turns
/// limiting off (<c>reportsearch serve --ReportSearch:RatePermits=0</c>).
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                // 0 turns limiting off: for a load test on loopback, where every client shares one address.
                if (options.RatePermits <= 0) return RateLimitPartition.GetNoLimiter(client);
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RatePermits,
                    Window = TimeSpan.FromSeconds(options.RateWindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, cancel) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "Slow down and try again shortly." },
                });
            };
        });
}
