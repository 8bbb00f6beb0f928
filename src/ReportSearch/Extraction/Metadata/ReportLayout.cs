namespace ReportSearch.Extraction.Metadata;

/// <summary>One line of the text: the offsets of its content without surrounding spaces, and whether it is a table cell.</summary>
internal readonly record struct TextLine(int Start, int End, bool IsCell)
{
    public int Length => End - Start;
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>Where a piece of text sits, from the most to the least telling about who wrote the report.</summary>
internal enum EvidenceZone
{
    /// <summary>Page chrome and the title, before the report's first paragraph.</summary>
    Head,
    /// <summary>The opening paragraph(s): basis of the report, where to find it, whom to ask.</summary>
    Preamble,
    /// <summary>The short lines after the last paragraph: signature, date, page footer.</summary>
    Tail,
    Rest,
}

/// <summary>
/// The coarse shape of a report's text that metadata reading needs: its lines, where the head (chrome and
/// title) ends, the preamble, and the tail. Built from line starts alone, so odd input gives an odd layout,
/// never an error.
/// </summary>
internal sealed class ReportLayout
{
    private const int MaxHeadChars = 1500;
    private const int MaxPreambleChars = 2000;
    private const int TailLines = 8;

    private static readonly string[] PreambleOpenings = ["本报告", "根据", "按照", "依据", "为"];

    public required string Text { get; init; }
    public required IReadOnlyList<TextLine> Lines { get; init; }
    /// <summary>Lines before this index are the head.</summary>
    public required int HeadLineCount { get; init; }
    public required int PreambleStart { get; init; }
    public required int PreambleEnd { get; init; }
    public required int TailStart { get; init; }

    public int HeadEnd => HeadLineCount == 0 ? 0 : Lines[HeadLineCount - 1].End;

    public EvidenceZone ZoneOf(int offset) =>
        offset < HeadEnd ? EvidenceZone.Head
        : offset >= PreambleStart && offset < PreambleEnd ? EvidenceZone.Preamble
        : offset >= TailStart ? EvidenceZone.Tail
        : EvidenceZone.Rest;

    /// <summary>The index of the line holding the offset (the next line when the offset falls between lines).</summary>
    public int LineAt(int offset)
    {
        int lo = 0, hi = Lines.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Lines[mid].End < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public static ReportLayout Of(string text)
    {
        var lines = SplitLines(text);
        var head = 0;
        while (head < lines.Count && !EndsHead(text, lines[head])) head++;
        if (head == lines.Count) head = Math.Min(head, 3); // no body found: treat the first lines as the head

        var headEnd = head == 0 ? 0 : lines[head - 1].End;
        var firstSection = -1;
        for (var i = head; i < lines.Count && firstSection < 0; i++)
            if (IsSectionOne(lines[i].In(text))) firstSection = i;

        int preambleStart = headEnd, preambleEnd;
        if (firstSection < 0) preambleEnd = Math.Min(text.Length, headEnd + MaxPreambleChars);
        else if (lines[firstSection].Start - headEnd > 20) preambleEnd = lines[firstSection].Start;
        else
        {
            // 一、总体情况 comes right after the title: the first paragraph under it plays the preamble's part.
            var next = firstSection + 1;
            while (next < lines.Count && lines[next].Length == 0) next++;
            preambleEnd = next < lines.Count ? lines[next].End : text.Length;
        }
        preambleEnd = Math.Min(preambleEnd, preambleStart + MaxPreambleChars);

        // The tail is the signature block: the short lines after the last paragraph of prose (tables skipped).
        var tailStart = text.Length;
        var counted = 0;
        for (var i = lines.Count - 1; i >= head && counted < TailLines; i--)
        {
            if (lines[i].Length == 0 || lines[i].IsCell) continue;
            var content = lines[i].In(text);
            if (content.Length > 40 || content.Contains('。')) break;
            tailStart = lines[i].Start;
            counted++;
        }
        tailStart = Math.Max(tailStart, preambleEnd);

        return new ReportLayout
        {
            Text = text, Lines = lines, HeadLineCount = head,
            PreambleStart = preambleStart, PreambleEnd = preambleEnd, TailStart = tailStart,
        };
    }

    /// <summary>True for 一、 and （一） headings: 一、总体情况, 一、概述.</summary>
    public static bool IsSectionOne(ReadOnlySpan<char> line) =>
        line.StartsWith("一、") || line.StartsWith("一．") || line.StartsWith("一.") || line.StartsWith("（一）");

    private static bool EndsHead(string text, TextLine line)
    {
        if (line.Start > MaxHeadChars) return true;
        var content = line.In(text);
        if (content.IsEmpty || line.IsCell) return false;
        if (IsSectionOne(content)) return true;
        foreach (var opening in PreambleOpenings)
            if (content.StartsWith(opening, StringComparison.Ordinal) && content.Length > 30) return true;
        // A paragraph of prose: the title and chrome lines are short and carry no full stop.
        return content.Length >= 60 && (content.Contains('。') || content.Contains('，'));
    }

    private static List<TextLine> SplitLines(string text)
    {
        var lines = new List<TextLine>(text.Length / 40 + 1);
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var isCell = start < text.Length && text[start] == '\t';
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(new TextLine(s, e, isCell));
            if (newline < 0) break;
            start = newline + 1;
        }
        return lines;
    }
}
