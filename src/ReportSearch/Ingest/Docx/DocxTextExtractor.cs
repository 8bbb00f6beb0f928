using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportSearch.Ingest.Docx;

/// <summary>
/// The text of a .docx body in reading order, in the seeds' layout: each paragraph a line; each table row its cells
/// as "\t" + text + "\n" (a cell's paragraphs joined by "\n"; a vertically merged continuation cell empty), then an
/// empty line. Tabs and line breaks inside paragraphs are kept; deleted and moved-away text, field codes, drawings,
/// headers, footers and notes are not part of the body's text.
/// </summary>
public sealed class DocxTextExtractor
{
    private const string MainPartPath = "word/document.xml";
    private readonly long _maxUncompressedBytes;

    /// <param name="maxUncompressedBytes">Refuse a package whose main part expands beyond this (a zip bomb).</param>
    public DocxTextExtractor(long maxUncompressedBytes) => _maxUncompressedBytes = maxUncompressedBytes;

    /// <summary>Extracts the text; throws <see cref="FormatException"/> with a one-line reason when the package is not a readable Word document.</summary>
    public string Extract(byte[] bytes)
    {
        CheckPackage(bytes);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FileFormatException)
        {
            throw new FormatException("not a Word document (" + FirstLine(e.Message) + ")", e);
        }
        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body
                       ?? throw new FormatException("the Word document has no body");
            var layout = new ReportTextLayout();
            var line = new StringBuilder();
            WriteBlocks(body, layout, line);
            return layout.ToString();
        }
    }

    private void CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var main = zip.GetEntry(MainPartPath);
            if (main is null && zip.GetEntry("[Content_Types].xml") is null)
                throw new FormatException("a zip archive, not a Word document (no [Content_Types].xml)");
            if (main is not null && main.Length > _maxUncompressedBytes)
                throw new FormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"its text part expands to {main.Length / 1048576.0:F1} MB, over the {_maxUncompressedBytes / 1048576.0:F1} MB limit"));
        }
        catch (InvalidDataException e)
        {
            throw new FormatException("damaged .docx: the zip package is truncated or corrupt", e);
        }
    }

    /// <summary>Paragraphs and tables at body level (or inside content controls and custom XML around them).</summary>
    private static void WriteBlocks(OpenXmlElement container, ReportTextLayout layout, StringBuilder line)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    layout.Paragraph(ParagraphText(paragraph, line));
                    break;
                case W.Table table:
                    WriteTable(table, layout, line);
                    break;
                case W.SdtBlock or W.SdtContentBlock or W.CustomXmlBlock:
                    WriteBlocks(child, layout, line);
                    break;
            }
        }
    }

    private static void WriteTable(W.Table table, ReportTextLayout layout, StringBuilder line)
    {
        foreach (var row in Rows(table))
        {
            foreach (var cell in Cells(row)) layout.Cell(CellText(cell, line));
            layout.EndRow();
        }
    }

    private static IEnumerable<W.TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.TableRow row) yield return row;
            else if (child is W.SdtRow or W.SdtContentRow or W.CustomXmlRow)
                foreach (var inner in Rows(child)) yield return inner;
        }
    }

    private static IEnumerable<W.TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.TableCell cell) yield return cell;
            else if (child is W.SdtCell or W.SdtContentCell or W.CustomXmlCell)
                foreach (var inner in Cells(child)) yield return inner;
        }
    }

    private static string CellText(W.TableCell cell, StringBuilder line)
    {
        var merge = cell.TableCellProperties?.VerticalMerge;
        // <w:vMerge/> without a value continues the cell above: its text is the cell above's, shown once.
        if (merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue)) return "";
        var lines = new List<string>();
        CollectCellLines(cell, lines, line);
        return string.Join('\n', lines);
    }

    /// <summary>A cell's paragraphs; a table nested in the cell contributes its cells' paragraphs as lines.</summary>
    private static void CollectCellLines(OpenXmlElement container, List<string> lines, StringBuilder line)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    lines.Add(ParagraphText(paragraph, line));
                    break;
                case W.Table or W.TableRow or W.TableCell or W.SdtBlock or W.SdtContentBlock or W.CustomXmlBlock
                    or W.SdtRow or W.SdtContentRow or W.CustomXmlRow or W.SdtCell or W.SdtContentCell or W.CustomXmlCell:
                    CollectCellLines(child, lines, line);
                    break;
            }
        }
    }

    private static string ParagraphText(W.Paragraph paragraph, StringBuilder line)
    {
        line.Clear();
        AppendRunText(paragraph, line);
        return line.ToString();
    }

    private static void AppendRunText(OpenXmlElement element, StringBuilder line)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.Text text:
                    line.Append(text.Text);
                    break;
                case W.TabChar or W.PositionalTab:
                    line.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    line.Append('\n');
                    break;
                case W.NoBreakHyphen:
                    line.Append('-');
                    break;
                case W.ParagraphProperties or W.RunProperties or W.DeletedRun or W.MoveFromRun or W.FieldCode
                    or W.DeletedFieldCode or W.Drawing or W.Picture or W.EmbeddedObject or W.SymbolChar
                    or AlternateContentFallback or W.FootnoteReference or W.EndnoteReference or W.CommentReference:
                    break;
                default:
                    if (child.HasChildren) AppendRunText(child, line);
                    break;
            }
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
