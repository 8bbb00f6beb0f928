using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ReportSearch.Ingest.Html;

/// <summary>
/// Writes an element's text the way a browser lays it out, in the project's layout: block elements and &lt;br&gt;
/// break lines, runs of HTML white space become one space, and a data table becomes one "\t"-prefixed line per cell
/// with an empty line after each row, like a .docx table. A table of a single cell is page layout and reads as a block.
/// </summary>
public sealed class HtmlTextRenderer
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "center", "pre", "address", "figure", "figcaption", "hr", "caption", "fieldset", "legend", "details",
        "summary", "header", "footer", "nav", "aside", "form", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "body",
    ];

    public string Render(IElement root)
    {
        var layout = new ReportTextLayout();
        var lines = new LineWriter();
        WriteChildren(root, lines, layout, insideCell: false);
        lines.TakeInto(layout);
        return layout.ToString();
    }

    private void Write(INode node, LineWriter lines, ReportTextLayout layout, bool insideCell)
    {
        if (node is IText text)
        {
            lines.Inline(text.Data, preformatted: text.ParentElement?.LocalName == "pre");
            return;
        }
        if (node is not IElement element) return;
        switch (element.LocalName)
        {
            case "br":
                lines.HardBreak();
                return;
            case "img" or "script" or "style":
                return;
            case "table" when element is IHtmlTableElement table && !IsLayoutTable(table):
                if (insideCell)
                {
                    // A table inside a cell: its cells are lines of the outer cell.
                    foreach (var row in table.Rows)
                        foreach (var cell in row.Cells)
                        {
                            lines.EndLine();
                            WriteChildren(cell, lines, layout, insideCell: true);
                            lines.EndLine();
                        }
                    return;
                }
                lines.TakeInto(layout);
                WriteTable(table, layout);
                return;
        }
        var block = BlockTags.Contains(element.LocalName);
        if (block) lines.EndLine();
        WriteChildren(element, lines, layout, insideCell);
        if (block) lines.EndLine();
    }

    private void WriteChildren(INode parent, LineWriter lines, ReportTextLayout layout, bool insideCell)
    {
        foreach (var child in parent.ChildNodes) Write(child, lines, layout, insideCell);
    }

    private void WriteTable(IHtmlTableElement table, ReportTextLayout layout)
    {
        // One writer for all the cells: taking a cell's text leaves it as a new one would be.
        var lines = new LineWriter();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                WriteChildren(cell, lines, layout, insideCell: true);
                layout.Cell(lines.TakeText());
            }
            layout.EndRow();
        }
    }

    private static bool IsLayoutTable(IHtmlTableElement table)
    {
        var cells = 0;
        foreach (var row in table.Rows)
        {
            cells += row.Cells.Length;
            if (cells > 1) return false;
        }
        return true;
    }

    /// <summary>Collects inline text into lines, collapsing white space as a browser does.</summary>
    private sealed class LineWriter
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _current = new();
        private bool _pendingSpace;

        public void Inline(string text, bool preformatted)
        {
            foreach (var c in text)
            {
                if (preformatted && c == '\n')
                {
                    HardBreak();
                    continue;
                }
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_pendingSpace && _current.Length > 0) _current.Append(' ');
                _pendingSpace = false;
                _current.Append(c);
            }
        }

        /// <summary>&lt;br&gt;: always a line break, so two of them leave an empty line.</summary>
        public void HardBreak()
        {
            _lines.Add(_current.ToString());
            _current.Clear();
            _pendingSpace = false;
        }

        /// <summary>A block boundary: starts a new line unless one was just started.</summary>
        public void EndLine()
        {
            _pendingSpace = false;
            if (_current.Length == 0) return;
            _lines.Add(_current.ToString());
            _current.Clear();
        }

        /// <summary>Writes the lines collected so far as paragraphs and starts afresh.</summary>
        public void TakeInto(ReportTextLayout layout)
        {
            EndLine();
            foreach (var line in _lines) layout.Paragraph(line);
            _lines.Clear();
        }

        /// <summary>The lines collected so far joined by "\n" (a cell's text), and starts afresh.</summary>
        public string TakeText()
        {
            EndLine();
            var text = _lines.Count == 1 ? _lines[0] : string.Join('\n', _lines);
            _lines.Clear();
            return text;
        }
    }
}
