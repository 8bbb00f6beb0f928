using AngleSharp.Dom;

namespace ReportSearch.Ingest.Html;

/// <summary>
/// Finds the element that holds a page's report. First choice: the most specific &lt;article&gt;, &lt;main&gt;, or element
/// whose id or class names content (content, article, zoom, TRS_Editor, detail, …) that still holds most of the page's
/// Chinese text; failing that, the path of the most Chinese text is followed down from &lt;body&gt; for as long as one
/// child holds nearly all of it.
/// </summary>
public sealed class MainContentLocator
{
    private const double CandidateShare = 0.7; // of the page's ideographs, for a named content element
    private const double DescentShare = 0.8;   // of the current element's ideographs, to step into one child

    private static readonly string[] ContentNameParts = ["content", "article", "zoom", "trs_editor", "detail", "zhengwen", "wenzhang", "neirong"];
    private static readonly string[] ContentNameTokens = ["zw", "text", "txt", "con", "main", "nr", "view", "body"];
    private static readonly char[] TokenSeparators = [' ', '\t', '\n', '-', '_'];

    public IElement Locate(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var counts = new Dictionary<IElement, int>();
        var total = Count(body, counts);
        if (total == 0) return body;

        IElement? best = null;
        foreach (var element in body.Descendants<IElement>())
        {
            if (!IsNamedContent(element)) continue;
            var cjk = counts[element];
            if (cjk < total * CandidateShare) continue;
            if (best is null || cjk < counts[best] || (cjk == counts[best] && IsAncestor(best, element))) best = element;
        }
        return best ?? Descend(body, counts);
    }

    private static IElement Descend(IElement start, Dictionary<IElement, int> counts)
    {
        var current = start;
        while (true)
        {
            IElement? next = null;
            foreach (var child in current.Children)
                if (counts[child] >= counts[current] * DescentShare && counts[child] > 0) next = child;
            if (next is null || IsSingleBlock(next)) return current;
            current = next;
        }
    }

    // Stepping into a lone paragraph would drop the rest of the report around it. A table cell is different: one
    // that holds nearly all of a page's text is page layout (a sidebar beside the content), not a cell of the report.
    private static bool IsSingleBlock(IElement element) =>
        element.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "span" or "font" or "a" or "strong" or "b";

    private static bool IsNamedContent(IElement element)
    {
        if (element.LocalName is "article" or "main") return true;
        Span<char> buffer = stackalloc char[ElementNames.BufferLength];
        var length = ElementNames.Write(element, buffer);
        ReadOnlySpan<char> names = length < 0 ? ElementNames.Of(element) : buffer[..length];
        if (names.Length <= 1) return false;
        foreach (var part in ContentNameParts)
            if (names.Contains(part, StringComparison.Ordinal)) return true;
        foreach (var range in names.SplitAny(TokenSeparators))
        {
            var token = names[range];
            if (token.IsEmpty) continue;
            foreach (var known in ContentNameTokens)
                if (token.SequenceEqual(known)) return true;
        }
        return false;
    }

    private static bool IsAncestor(IElement ancestor, IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            if (e == ancestor) return true;
        return false;
    }

    /// <summary>Ideographs under every element, counted once bottom-up.</summary>
    private static int Count(IElement element, Dictionary<IElement, int> counts)
    {
        var sum = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child) sum += Count(child, counts);
            else if (node is IText text) sum += CjkText.Count(text.Data);
        }
        counts[element] = sum;
        return sum;
    }
}
