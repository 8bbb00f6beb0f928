using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReportSearch.Ingest.Html;

/// <summary>
/// The report text of an HTML page: parse, strip the page's chrome, find the element holding the report, and render
/// it in the project's layout. When that element does not repeat the report's title (the page shows it in an
/// &lt;h1&gt; above), the title becomes the first line, since it usually names the body and the year.
/// </summary>
public sealed class HtmlTextExtractor
{
    private const int TitleSearchChars = 400;
    private readonly PageChrome _chrome;
    private readonly MainContentLocator _locator;
    private readonly HtmlTextRenderer _renderer;

    public HtmlTextExtractor(PageChrome chrome, MainContentLocator locator, HtmlTextRenderer renderer)
    {
        _chrome = chrome;
        _locator = locator;
        _renderer = renderer;
    }

    public HtmlTextExtractor() : this(new PageChrome(), new MainContentLocator(), new HtmlTextRenderer())
    {
    }

    public string Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        _chrome.RemoveNonText(document);
        var title = PageTitle(document);
        _chrome.RemoveChrome(document);
        var text = _renderer.Render(_locator.Locate(document));
        if (title is not null && !StartsWithTitle(text, title)) text = title + "\n" + text;
        return text;
    }

    /// <summary>
    /// The report's title as the page shows it: the first &lt;h1&gt; or "title" element that names a report (报告), else
    /// &lt;title&gt; up to its site suffix. Null when none names a report: a site's name in an &lt;h1&gt; is not a title.
    /// </summary>
    private static string? PageTitle(IDocument document)
    {
        foreach (var candidate in document.QuerySelectorAll("h1, h2, [class*=title], [id*=title]"))
        {
            var text = Collapse(candidate.TextContent);
            if (IsTitleLike(text)) return text;
        }
        var head = document.Title;
        if (head is null) return null;
        var cut = head.IndexOfAny(['_', '|', '－']);
        var title = Collapse(cut > 0 ? head[..cut] : head);
        return IsTitleLike(title) ? title : null;
    }

    private static bool IsTitleLike(string text) =>
        text.Length is >= 6 and <= 100 && CjkText.Count(text) >= 6 && text.Contains("报告", StringComparison.Ordinal);

    private static bool StartsWithTitle(string text, string title)
    {
        var head = RemoveWhiteSpace(text.Length > TitleSearchChars * 2 ? text[..(TitleSearchChars * 2)] : text);
        var compactTitle = RemoveWhiteSpace(title);
        var window = head.Length > TitleSearchChars ? head[..TitleSearchChars] : head;
        return window.Contains(compactTitle, StringComparison.Ordinal);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string RemoveWhiteSpace(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) chars[n++] = c;
        return new string(chars, 0, n);
    }
}
