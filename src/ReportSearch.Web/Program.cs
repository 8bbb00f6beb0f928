using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ReportSearch.Web.Compare;
using ReportSearch.Web.Endpoints;
using ReportSearch.Web.Hosting;
using Serilog;

namespace ReportSearch.Web;

/// <summary>
/// The web host's wiring, and nothing else: services, the middleware order, and the endpoint groups. Started by
/// <c>reportsearch serve</c> (which passes its options as configuration) or directly, and by the tests'
/// WebApplicationFactory.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => Build(args).Run();

    /// <summary>The configured application, not yet running.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Beside the binaries, so the page is found whichever project (CLI, host, tests) was built.
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(WebOptions.DefaultUrls);

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(Logging.Create(builder.Configuration, options), dispose: true);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Chinese as itself; < > & ' " still escaped, so no JSON answer can be read as markup.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ExceptionProblems>();
        builder.Services.AddClientRateLimiting();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<IndexLibrary>();
        builder.Services.AddSingleton<IReportLibrary>(services => services.GetRequiredService<IndexLibrary>());
        builder.Services.AddSingleton<Reindexer>();
        builder.Services.AddHostedService<FolderWatcher>();
        builder.Services.AddSingleton<ICompareLibrary, IndexComparisons>();

        var app = builder.Build();
        app.UseMiddleware<RequestLogging>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi();
        HealthEndpoints.MapHealth(app);
        SearchEndpoints.MapSearch(app);
        ReportEndpoints.MapReports(app);
        ReindexEndpoints.MapReindex(app);
        TownshipCompareEndpoints.MapTownshipCompare(app);
        ScopeCompareEndpoints.MapScopeCompare(app);
        return app;
    }
}
