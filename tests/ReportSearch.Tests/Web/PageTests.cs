using Microsoft.Playwright;

namespace ReportSearch.Tests.Web;

/// <summary>The page in Chromium: search, facets, the report view, escaping of hostile report text, phone layout.</summary>
[TestFixture]
public sealed class PageTests
{
    private WebIndex _index = null!;
    private BrowserHarness _harness = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _index = new WebIndex();
        _harness = await BrowserHarness.Start(_index);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_harness is not null) await _harness.DisposeAsync();
        _index?.Dispose();
    }

    private static string Hash(string query) => "#/search?q=" + Uri.EscapeDataString(query);

    [Test]
    public async Task Search_shows_hits_with_highlights_and_facets()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url(Hash("人员")));
        await page.Locator(".hit").First.WaitForAsync();
        Assert.That(await page.Locator(".hit mark").CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.Locator(".total").InnerTextAsync(), Does.Match(@"共 \d+ 份报告"));
        Assert.That(await page.Locator(".facet summary").AllInnerTextsAsync(), Does.Contain("年份"));
        await page.WaitForTimeoutAsync(300);
        // The README's pictures come from a generated demo corpus instead (DemoPageTests): this index holds a hostile report.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHarness.Screenshots, "search.png") });
    }

    [Test]
    public async Task A_facet_click_adds_its_filter_to_the_query_and_the_link()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url(Hash("人员")));
        await page.Locator(".facet a", new() { HasText = "2020" }).First.ClickAsync();
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Contains("year:2020"));
        await page.Locator(".total").WaitForAsync();
        Assert.That(await page.Locator("input[name=q]").InputValueAsync(), Is.EqualTo("人员 year:2020"));
    }

    [Test]
    public async Task Hostile_report_text_is_shown_as_text_and_never_runs()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url(Hash(WebIndex.HostileMarker)));
        await page.Locator(".hit").First.WaitForAsync();
        Assert.That(await page.Locator(".hit").First.InnerTextAsync(), Does.Contain("<script>window.__xss=1</script>"));
        Assert.That(await page.Locator(".hit .file").InnerTextAsync(), Does.Contain("<img src=x onerror=alert(1)>"));

        await page.Locator(".hit h2 a").First.ClickAsync();
        await page.Locator(".report .text").WaitForAsync();
        Assert.That(await page.Locator(".report .text").InnerTextAsync(), Does.Contain(WebIndex.HostileMarkup));
        Assert.That(await page.Locator("#view script, #view img").CountAsync(), Is.Zero);
        await page.WaitForTimeoutAsync(300);
        Assert.That(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), Is.True);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHarness.Screenshots, "hostile-report.png") });
    }

    [Test]
    public async Task A_metric_link_scrolls_to_its_source_and_highlights_it()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url(Hash("人员配置有限")));
        await page.Locator(".hit h2 a").First.ClickAsync();
        var metric = page.Locator(".metrics a").Nth(5);
        await metric.ClickAsync();
        var source = page.Locator(".src.hit").First;
        await source.WaitForAsync();
        Assert.That(page.Url, Does.Contain("hl=m5"));
        await Assertions.Expect(source).ToBeInViewportAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHarness.Screenshots, "report-metric.png") });

        // The link shared: opening it highlights the same passage.
        var shared = await _harness.Page();
        await shared.GotoAsync(page.Url);
        await shared.Locator(".src.hit").First.WaitForAsync();
    }

    [Test]
    public async Task A_bad_query_shows_what_is_wrong()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url(Hash("year:20x")));
        var error = page.Locator(".notice.error");
        await error.WaitForAsync();
        Assert.That(await error.InnerTextAsync(), Does.StartWith("查询有误").And.Contain("column 6"));
    }

    [Test]
    public async Task On_a_phone_the_page_is_one_column_and_the_comparison_views_answer()
    {
        var page = await _harness.Page(390, 844);
        await page.GotoAsync(_harness.Url(Hash("人员")));
        await page.Locator(".hit").First.WaitForAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(width, Is.LessThanOrEqualTo(390), "nothing wider than the phone's screen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHarness.Screenshots, "phone-search.png") });

        await page.GotoAsync(_harness.Url("#/peers"));
        await Assertions.Expect(page.Locator(".cmp h1")).ToHaveTextAsync("同级比较");
    }

    [Test]
    public async Task Hostile_report_text_in_the_problems_view_is_shown_as_text()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url("#/problems?city=" + Uri.EscapeDataString("济宁市")));
        await page.Locator(".cat-card").First.WaitForAsync();
        // Open every category so every quote is in the page.
        foreach (var card in await page.Locator(".cat-card summary").AllAsync()) await card.ClickAsync();
        Assert.That(await page.Locator(".quotes").AllInnerTextsAsync(), Has.Some.Contains(WebIndex.HostileMarkup));
        Assert.That(await page.Locator("#view script, #view img").CountAsync(), Is.Zero);
        await page.WaitForTimeoutAsync(300);
        Assert.That(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), Is.True);
    }

    /// <summary>A file of the checkout (for the README's screenshots).</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportSearch.sln"))) return Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("ReportSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
