using ReportSearch.Model;

namespace ReportSearch.Extraction.Sections;

/// <summary>
/// Cuts a normalised report into its sections: text before the first title is the preamble; each kind is opened
/// once, in document order, and everything after an appendix title belongs to the appendix.
/// </summary>
public sealed class SectionSplitter
{
    private readonly SectionHeadings _headings;

    public SectionSplitter(SectionHeadings headings) => _headings = headings;

    public IReadOnlyList<Section> Split(string text)
    {
        var sections = new List<Section>();
        var seen = new HashSet<string>();
        string? kind = SectionKinds.Preamble;
        string title = "";
        int start = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (kind != SectionKinds.Appendix)
            {
                var found = _headings.KindOf(line);
                if (found is not null && seen.Add(found))
                {
                    Close(sections, kind, title, start, lineStart, text);
                    kind = found;
                    title = line.Trim().ToString();
                    start = lineStart + (line.Length - line.TrimStart().Length);
                }
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        Close(sections, kind, title, start, text.Length, text);
        return sections;
    }

    private static void Close(List<Section> sections, string? kind, string title, int start, int end, string text)
    {
        // Trailing blank lines belong to no section.
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (kind is null || end <= start) return;
        sections.Add(new Section(kind, title, start, end));
    }
}
