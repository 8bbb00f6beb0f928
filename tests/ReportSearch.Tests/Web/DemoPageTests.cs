using Microsoft.Playwright;

namespace ReportSearch.Tests.Web;

/// <summary>
/// The comparison views in Chromium on a generated demo corpus: each draws its charts (an ECharts SVG with shapes in
/// it) and is screenshotted. With UPDATE_SCREENSHOT=1 the README's pictures in docs/ are refreshed from here.
/// </summary>
[TestFixture]
public sealed class DemoPageTests
{
    private DemoIndex _index = null!;
    private BrowserHarness _harness = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _index = new DemoIndex();
        _harness = await BrowserHarness.Start(_index.Db, _index.Logs);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_harness is not null) await _harness.DisposeAsync();
        _index?.Dispose();
    }

    private static string E(string text) => Uri.EscapeDataString(text);

    /// <summary>Waits until the view holds <paramref name="count"/> ECharts drawings with shapes in them.</summary>
    private static async Task ChartsDrawn(IPage page, int count)
    {
        await page.WaitForFunctionAsync(
            $"() => [...document.querySelectorAll('#view [_echarts_instance_] svg')].filter(s => s.querySelectorAll('path, rect').length > 5).length >= {count}");
    }

    private static async Task Shot(IPage page, string name, string? readme = null)
    {
        await page.WaitForTimeoutAsync(300);
        var path = Path.Combine(BrowserHarness.Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = readme is null });
        // The README's pictures: refreshed on request only, so ordinary runs leave the checkout clean.
        if (readme is not null && Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1")
            File.Copy(path, PageTests.RepositoryFile(readme), overwrite: true);
    }

    [Test]
    public async Task Township_view_draws_its_year_over_year_charts_and_problem_timeline()
    {
        var page = await _harness.Page(1280, 1000);
        await page.GotoAsync(_harness.Url($"#/township?township={E(_index.Township)}"));
        await ChartsDrawn(page, 2);
        Assert.That(await page.Locator(".cmp h2").First.InnerTextAsync(), Does.Contain(_index.Township));
        Assert.That(await page.Locator(".timeline > li").CountAsync(), Is.EqualTo(3), "three years compared with the year before");
        Assert.That(await page.Locator(".timeline a[href^='#/report/']").CountAsync(), Is.GreaterThan(0));
        await Shot(page, "township.png", "docs/screenshot-township.png");
    }

    [Test]
    public async Task Peers_view_draws_a_ranked_bar_chart_and_table()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url($"#/peers?township={E(_index.Township)}&year={_index.Year}&scope=province&metric=disclosed.total"));
        await ChartsDrawn(page, 1);
        Assert.That(await page.Locator(".stat").InnerTextAsync(), Does.Match(@"第 \d+ 名"));
        Assert.That(await page.Locator(".cmp-table tr.self").CountAsync(), Is.EqualTo(1));
        await Shot(page, "peers.png");
    }

    [Test]
    public async Task Problems_view_draws_shares_and_trend_with_quotes_linking_to_reports()
    {
        var page = await _harness.Page(1280, 900);
        await page.GotoAsync(_harness.Url("#/problems"));
        await ChartsDrawn(page, 2);
        Assert.That(await page.Locator(".cat-card").CountAsync(), Is.GreaterThan(3));
        await page.Locator(".cat-card summary").First.ClickAsync();
        Assert.That(await page.Locator(".cat-card[open] .quotes cite a[href^='#/report/']").CountAsync(), Is.GreaterThan(0));
        await Shot(page, "problems.png", "docs/screenshot.png");

        await page.Locator(".cat-card[open] .quotes cite a").First.ClickAsync();
        await page.Locator(".report .src.hit").First.WaitForAsync();
    }

    [Test]
    public async Task Copies_view_lists_groups_for_a_region()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url($"#/copies?county={E(_index.County)}&min-chars=30"));
        await page.Locator(".cmp-body .meta").First.WaitForAsync();
        Assert.That(await page.Locator(".cmp-body .meta").First.InnerTextAsync(), Does.Match(@"在 \d+ 份报告中找到 \d+ 组雷同段落"));
        await Shot(page, "copies.png");
    }

    [Test]
    public async Task On_a_phone_the_township_view_fits_the_screen()
    {
        var page = await _harness.Page(390, 844);
        await page.GotoAsync(_harness.Url($"#/township?township={E(_index.Township)}"));
        await ChartsDrawn(page, 2);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(width, Is.LessThanOrEqualTo(390), "nothing wider than the phone's screen");
        await Shot(page, "phone-township.png");
    }

    [Test]
    public async Task An_unknown_township_offers_near_names()
    {
        var page = await _harness.Page();
        await page.GotoAsync(_harness.Url($"#/township?township={E(_index.Township + "村")}"));
        await page.Locator(".notice.error").WaitForAsync();
        Assert.That(await page.Locator(".choices a").AllInnerTextsAsync(), Does.Contain(_index.Township));
    }
}
