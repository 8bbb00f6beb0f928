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
    private static readonly HashSet<string> NeverText =
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
        var root = document.DocumentElement;
        if (root is null) return;
        var doomed = new List<IElement>();
        foreach (var element in root.Descendants<IElement>())
            if (NeverText.Contains(element.LocalName) || element.HasAttribute("hidden") || IsHiddenByStyle(element.GetAttribute("style")))
                doomed.Add(element);
        foreach (var element in doomed) element.Remove();
    }

    /// <summary>Removes the page furniture around the report (call after <see cref="RemoveNonText"/>).</summary>
    public void RemoveChrome(IDocument document)
    {
        var body = document.Body;
        if (body is null) return;
        var sizes = new Dictionary<IElement, TextSize>();
        var page = Measure(body, sizes);
        var doomed = new HashSet<IElement>();
        Visit(body, body, sizes, page.Cjk, doomed);
        foreach (var element in doomed) element.Remove();
    }

    private static void Visit(IElement element, IElement body, Dictionary<IElement, TextSize> sizes, int pageCjk, HashSet<IElement> doomed)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                // Never remove most of the page: the report is in there.
                if ((IsChromeTag(child) || HasChromeName(child)) && sizes[child].Cjk * 2 <= pageCjk) doomed.Add(child);
                else Visit(child, body, sizes, pageCjk, doomed);
            }
            else if (node is IText text)
            {
                var cap = MarkerCap(text.Data);
                if (cap == 0) continue;
                var block = LargestAncestorWithin(element, body, sizes, cap, pageCjk);
                if (block is not null) doomed.Add(block);
            }
        }
    }

    /// <summary>Characters and ideographs under an element, counted once bottom-up.</summary>
    private readonly record struct TextSize(int Chars, int Cjk);

    private static TextSize Measure(IElement element, Dictionary<IElement, TextSize> sizes)
    {
        int chars = 0, cjk = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                var size = Measure(child, sizes);
                chars += size.Chars;
                cjk += size.Cjk;
            }
            else if (node is IText text)
            {
                chars += text.Data.Length;
                cjk += CjkText.Count(text.Data);
            }
        }
        var total = new TextSize(chars, cjk);
        sizes[element] = total;
        return total;
    }

    private static bool IsChromeTag(IElement element) => Array.IndexOf(ChromeTags, element.LocalName) >= 0;

    private static bool HasChromeName(IElement element)
    {
        Span<char> buffer = stackalloc char[ElementNames.BufferLength];
        var length = ElementNames.Write(element, buffer);
        ReadOnlySpan<char> names = length < 0 ? ElementNames.Of(element) : buffer[..length];
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
    private static IElement? LargestAncestorWithin(IElement start, IElement body, Dictionary<IElement, TextSize> sizes, int cap, int pageCjk)
    {
        IElement? best = null;
        for (var element = start; element is not null && element != body; element = element.ParentElement)
        {
            var size = sizes[element];
            if (size.Chars > cap || size.Cjk * 2 > pageCjk) break;
            best = element;
        }
        return best;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style)) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
