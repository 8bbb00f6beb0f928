using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Tests.Web;

/// <summary>
/// The real host (ReportSearch.Web's Program) under test: settings go in as <c>ReportSearch:*</c> configuration, as
/// <c>reportsearch serve</c> passes them; <paramref name="services"/> may swap services for fakes.
/// </summary>
public sealed class WebHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<ReportSearch.Web.Program>
{
    /// <summary>A host on an index with logs in a scratch folder; more settings may be added or overridden.</summary>
    public static WebHost On(WebIndex index, params (string Key, string? Value)[] more) => On(index.Db, index.Scratch("logs"), more);

    /// <summary>A host on the index file <paramref name="db"/>, logging into <paramref name="logs"/>.</summary>
    public static WebHost On(string db, string logs, params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{WebOptions.Section}:Db"] = db,
            [$"{WebOptions.Section}:LogFolder"] = logs,
        };
        foreach (var (key, value) in more) settings[$"{WebOptions.Section}:{key}"] = value;
        return new WebHost(settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
