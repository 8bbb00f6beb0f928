using Serilog;
using Serilog.Events;

namespace ReportSearch.Web.Hosting;

/// <summary>
/// Serilog for the host: the console and a daily rolling file under <see cref="WebOptions.LogFolder"/>; a
/// <c>Serilog</c> configuration section may add or override. ASP.NET Core's own request chatter is held to
/// warnings, since <see cref="RequestLogging"/> writes the one line per request.
/// </summary>
public static class Logging
{
    public static Serilog.Core.Logger Create(IConfiguration configuration, WebOptions options) =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(configuration)
            .WriteTo.Console(outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(options.LogFolder, "web-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14, shared: true,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:u3} {SourceContext} {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
}
