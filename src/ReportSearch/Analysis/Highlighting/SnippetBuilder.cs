using System.Text;

namespace ReportSearch.Analysis.Highlighting;

/// <summary>
/// Builds a <see cref="Snippet"/>: the window of at most <c>maxLength</c> characters holding the most marked spans
/// (the earliest such window on a tie), with those spans centred in it.
/// </summary>
public static class SnippetBuilder
{
    /// <summary>The snippet of <paramref name="text"/> around the best of <paramref name="spans"/> (sorted, disjoint).</summary>
    public static Snippet Build(string text, IReadOnlyList<TextSpan> spans, int maxLength = 120)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var (start, end) = ChooseWindow(text.Length, spans, maxLength);
        // Never cut a surrogate pair in two.
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && end > 0 && char.IsLowSurrogate(text[end])) end++;

        var html = new StringBuilder(end - start + 32);
        if (start > 0) html.Append('…');
        var at = start;
        foreach (var span in spans)
        {
            var markStart = Math.Max(span.Start, start);
            var markEnd = Math.Min(span.End, end);
            if (markStart >= markEnd) continue;
            AppendEscaped(html, text, at, markStart);
            html.Append("<mark>");
            AppendEscaped(html, text, markStart, markEnd);
            html.Append("</mark>");
            at = markEnd;
        }
        AppendEscaped(html, text, at, end);
        if (end < text.Length) html.Append('…');
        return new Snippet(html.ToString(), start, end);
    }

    private static (int Start, int End) ChooseWindow(int textLength, IReadOnlyList<TextSpan> spans, int maxLength)
    {
        if (spans.Count == 0 || textLength <= maxLength) return (0, Math.Min(textLength, maxLength));

        int bestFirst = 0, bestLast = 0, bestCount = 0;
        var last = 0;
        for (var first = 0; first < spans.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < spans.Count && spans[last + 1].End - spans[first].Start <= maxLength) last++;
            var count = last - first + 1;
            if (count > bestCount) (bestFirst, bestLast, bestCount) = (first, last, count);
        }

        var covered = new TextSpan(spans[bestFirst].Start, spans[bestLast].End);
        var start = covered.Start - Math.Max(0, (maxLength - covered.Length) / 2);
        start = Math.Clamp(start, 0, Math.Max(0, textLength - maxLength));
        return (start, Math.Min(textLength, start + maxLength));
    }

    private static void AppendEscaped(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                // Line breaks and tabs of the report read as spaces in one line of snippet.
                case '\r' or '\n' or '\t': html.Append(' '); break;
                default: html.Append(c); break;
            }
        }
    }
}
