using System.Text;
using System.Xml;

namespace ReportSearch.Ingest.Docx;

/// <summary>
/// Streams a WordprocessingML main document part (word/document.xml) and writes its body in the project's layout.
/// Only the outermost tables make rows and cells; a table nested in a cell adds its paragraphs as lines of that cell.
/// </summary>
internal static class BodyTextReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    // Elements whose content is not body text: revisions taken out, field instructions, drawings and objects, note
    // references, and property blocks (w:tabs inside w:pPr holds w:tab elements that are tab stops, not tabs).
    private static readonly HashSet<string> Skipped =
    [
        "del", "moveFrom", "instrText", "delInstrText", "drawing", "pict", "object", "footnoteReference", "endnoteReference",
        "commentReference", "sym", "pPr", "rPr", "sectPr", "tblPr", "trPr", "tblGrid", "sdtPr", "sdtEndPr", "tblPrEx",
    ];

    public static string Read(Stream part)
    {
        using var reader = XmlReader.Create(part, Settings);
        var layout = new ReportTextLayout();
        var line = new StringBuilder();
        // The paragraphs of the current outermost cell, joined by "\n" as they end (no list of strings to join).
        var cell = new StringBuilder();
        var inCell = false;
        var cellParagraphs = 0;
        var cellContinued = false;   // a vertically merged cell that continues the one above
        var tableDepth = 0;
        var inText = false;

        void EndParagraph()
        {
            if (inCell)
            {
                if (cellParagraphs++ > 0) cell.Append('\n');
                cell.Append(line);
            }
            else layout.Paragraph(line);
            line.Clear();
        }

        void EndCell()
        {
            if (cellContinued) cell.Clear();
            layout.Cell(cell);
            cell.Clear();
            inCell = false;
        }

        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.NamespaceURI == Mc && reader.LocalName == "Fallback")
                {
                    reader.Skip();
                    continue;
                }
                if (reader.NamespaceURI == W)
                {
                    var name = reader.LocalName;
                    if (Skipped.Contains(name))
                    {
                        reader.Skip();
                        continue;
                    }
                    var empty = reader.IsEmptyElement;
                    switch (name)
                    {
                        case "p":
                            line.Clear();
                            if (empty) EndParagraph();
                            break;
                        case "t":
                            inText = !empty;
                            break;
                        case "tab" or "ptab":
                            line.Append('\t');
                            break;
                        case "br" or "cr":
                            line.Append('\n');
                            break;
                        case "noBreakHyphen":
                            line.Append('-');
                            break;
                        case "tbl":
                            if (!empty) tableDepth++;
                            break;
                        case "tr" when tableDepth == 1 && empty:
                            layout.EndRow();
                            break;
                        case "tc" when tableDepth == 1:
                            cell.Clear();
                            inCell = true;
                            cellParagraphs = 0;
                            cellContinued = false;
                            if (empty) EndCell();
                            break;
                        case "vMerge" when tableDepth == 1 && inCell:
                            var value = reader.GetAttribute("val", W);
                            cellContinued = value is null || value == "continue";
                            break;
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == W)
            {
                switch (reader.LocalName)
                {
                    case "p":
                        EndParagraph();
                        break;
                    case "t":
                        inText = false;
                        break;
                    case "tc" when tableDepth == 1 && inCell:
                        EndCell();
                        break;
                    case "tr" when tableDepth == 1:
                        layout.EndRow();
                        break;
                    case "tbl":
                        tableDepth--;
                        break;
                }
            }
            else if (inText && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                line.Append(reader.Value);
            }
            reader.Read();
        }
        return layout.ToString();
    }
}
