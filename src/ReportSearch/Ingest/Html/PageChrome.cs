using AngleSharp.Dom;

namespace ReportSearch.Ingest.Html;

/// <summary>
/// Removes what a government page wraps around a report: scripts and styles, hidden elements, navigation, headers,
/// footers, side bars, forms, share and print bars, breadcrumbs ("当前位置：首页 &gt; …"), and the 索引号/发布机构 metadata
/// box. Elements that would take most of the page's Chinese text with them are left alone: a page built inside one
/// &lt;form&gt; or one "header" div still has its report.
/// </summary>
public sealed class PageChrome
{
    private static readonly string[] NeverText =
        ["script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "canvas", "select", "textarea", "input", "button", "map", "audio", "video"];

    private static readonly string[] ChromeTags = ["nav", "header", "footer", "aside", "form", "menu", "dialog"];

    // Substrings of class and id values that name page furniture.
    private static readonly string[] ChromeNames =
    [
        "breadcrumb", "crumb", "weizhi", "dqwz", "share", "bdshare", "print", "footer", "foot",
        "header", "nav", "menu", "sidebar", "toolbar", "topbar", "copyright", "banner", "search", "login", "skip", "xxgk_info",
    ];

    /// <summary>Text that opens a chrome block, with the most text (in characters) that block may hold.</summary>
    private static readonly (string Marker, int Cap)[] OpeningMarkers =
    [
        ("当前位置", 200), ("您的位置", 200), ("您现在的位置", 200), ("您当前的位置", 200), ("当前所在位置", 200), ("所在位置", 200),
        ("索引号", 600), ("信息索引号", 600), ("主办单位", 800), ("主办：", 800), ("版权所有", 800), ("网站地图", 800),
    ];

    /// <summary>Text that marks a chrome block wherever it appears in a text node.</summary>
    private static readonly (string Marker, int Cap)[] InnerMarkers =
    [
        ("打印本页", 200), ("关闭窗口", 200), ("打印此页", 200), ("【打印】", 200), ("[打印]", 200), ("【关闭】", 200),
        ("分享到", 200), ("网站标识码", 800), ("ICP备", 800), ("公网安备", 800),
    ];

    private static readonly char[] BreadcrumbArrows = ['>', '»', '›', '＞', '→', '/', '|', '-', '—'];

    /// <summary>Removes elements that never carry readable text, and hidden ones.</summary>
    public void RemoveNonText(IDocument document)
    {
        foreach (var tag in NeverText)
            foreach (var element in document.GetElementsByTagName(tag).ToList()) element.Remove();
        foreach (var element in document.QuerySelectorAll("[hidden], [style]").ToList())
            if (element.HasAttribute("hidden") || IsHiddenByStyle(element.GetAttribute("style"))) element.Remove();
    }

    /// <summary>Removes the page furniture around the report (call after <see cref="RemoveNonText"/>).</summary>
    public void RemoveChrome(IDocument document)
    {
        var body = document.Body;
        if (body is null) return;
        var pageCjk = CjkText.Count(body.TextContent);

        foreach (var element in body.Descendants<IElement>().ToList())
        {
            if (element.Parent is null || !IsInDocument(element, body)) continue;
            if (!IsChromeTag(element) && !HasChromeName(element)) continue;
            // Never remove most of the page: the report is in there.
            if (CjkText.Count(element.TextContent) * 2 > pageCjk) continue;
            element.Remove();
        }

        foreach (var text in body.Descendants<IText>().ToList())
        {
            if (text.Parent is null || !IsInDocument(text, body)) continue;
            var cap = MarkerCap(text.Data);
            if (cap == 0 || text.ParentElement is not { } parent) continue;
            var block = LargestAncestorWithin(parent, body, cap, pageCjk);
            block?.Remove();
        }
    }

    private static bool IsChromeTag(IElement element) => Array.IndexOf(ChromeTags, element.LocalName) >= 0;

    private static bool HasChromeName(IElement element)
    {
        var names = (element.GetAttribute("class") + " " + element.Id).ToLowerInvariant();
        if (names.Length <= 1) return false;
        foreach (var name in ChromeNames)
            if (names.Contains(name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The cap of the chrome marker this text holds, or 0 when it holds none.</summary>
    private static int MarkerCap(string data)
    {
        var text = data.AsSpan().Trim();
        if (text.IsEmpty) return 0;
        foreach (var (marker, cap) in OpeningMarkers)
            if (text.StartsWith(marker, StringComparison.Ordinal)) return cap;
        foreach (var (marker, cap) in InnerMarkers)
            if (text.Contains(marker, StringComparison.Ordinal)) return cap;
        if (IsBreadcrumbStart(text)) return 200;
        return 0;
    }

    // "首页 > 政务公开", or a lone "首页" link whose parent text goes on with an arrow (checked by the climb's cap).
    private static bool IsBreadcrumbStart(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> rest;
        if (text.StartsWith("网站首页")) rest = text[4..];
        else if (text.StartsWith("首页")) rest = text[2..];
        else return false;
        rest = rest.TrimStart();
        return rest.IsEmpty || rest.IndexOfAny(BreadcrumbArrows) == 0;
    }

    /// <summary>
    /// The largest element around a marker that is still small enough to be chrome: at most <paramref name="cap"/>
    /// characters, and never half of the page's Chinese text (on a short page the cap alone would reach the report).
    /// </summary>
    private static IElement? LargestAncestorWithin(IElement start, IElement body, int cap, int pageCjk)
    {
        IElement? best = null;
        for (var element = start; element is not null && element != body; element = element.ParentElement)
        {
            var text = element.TextContent;
            if (text.Length > cap || CjkText.Count(text) * 2 > pageCjk) break;
            best = element;
        }
        return best;
    }

    private static bool IsInDocument(INode node, IElement body)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
            if (n == body) return true;
        return false;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style)) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
