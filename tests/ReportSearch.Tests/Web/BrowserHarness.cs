using Microsoft.Playwright;

namespace ReportSearch.Tests.Web;

/// <summary>
/// The page in a real browser: Debian's Chromium (never a downloaded build) driven by Playwright, against the host
/// on a real loopback port. Skips with a clear message where /usr/bin/chromium is missing — except on CI, which
/// installs it, so there a missing browser fails.
/// </summary>
public sealed class BrowserHarness : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private BrowserHarness(IPlaywright playwright, IBrowser browser, WebHost host, Uri root)
    {
        _playwright = playwright;
        Browser = browser;
        Host = host;
        Root = root;
    }

    public IBrowser Browser { get; }
    public WebHost Host { get; }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Root { get; }

    /// <summary>Where screenshots go: the test output folder.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots")).FullName;

    public static Task<BrowserHarness> Start(WebIndex index) => Start(index.Db, index.Scratch("logs"));

    /// <summary>The host on the index file <paramref name="db"/> and a browser to drive it.</summary>
    public static async Task<BrowserHarness> Start(string db, string logs)
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"{Chromium} is missing on CI: .ci/run installs it");
            Assert.Ignore($"{Chromium} is not installed: apt-get install -y chromium fonts-wqy-microhei to run the browser tests");
        }
        var host = WebHost.On(db, logs, ("RatePermits", "10000"));
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return new BrowserHarness(playwright, browser, host, client.BaseAddress!);
    }

    /// <summary>A new page of the given size whose script errors fail the test.</summary>
    public async Task<IPage> Page(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => TestContext.Out.WriteLine("page error: " + error);
        return page;
    }

    public string Url(string hash) => new Uri(Root, "/" + hash).ToString();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        Host.Dispose();
    }
}
