using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportSearch.CorpusGen.Formats;

/// <summary>
/// Writes report text (in the seeds' layout, see <see cref="ReportBlocks"/>) as a real .docx: paragraphs in 宋体,
/// tables with borders and a grid, an A4 section. Reading it back gives the same text, with tab-separated rows turned
/// into the one-cell-per-line layout of tables.
/// </summary>
public static class DocxReportWriter
{
    private const int TextWidthTwips = 8300;

    public static void Write(string text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        // The packaging layer wants a seekable stream; building in memory lets any stream receive the file.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DefaultStyles();
            var body = new W.Body();
            foreach (var block in ReportBlocks.Parse(text))
                body.Append(block switch
                {
                    ParagraphBlock p => Paragraph(p.Text),
                    TableBlock t => Table(t),
                    _ => throw new InvalidOperationException("unknown block " + block.GetType().Name),
                });
            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 11906U, Height = 16838U },
                new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1800U, Right = 1800U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new W.Document(body);
            main.Document.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static W.Paragraph Paragraph(string text)
    {
        var paragraph = new W.Paragraph();
        if (text.Length == 0) return paragraph;
        var run = new W.Run();
        var parts = XmlSafe(text).Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new W.TabChar());
            if (parts[i].Length > 0) run.Append(new W.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static W.Table Table(TableBlock block)
    {
        var columns = Math.Max(1, block.ColumnCount);
        var width = TextWidthTwips / columns;
        var table = new W.Table(new W.TableProperties(
            new W.TableWidth { Width = TextWidthTwips.ToString(), Type = W.TableWidthUnitValues.Dxa },
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.RightBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4U }),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed }));
        var grid = new W.TableGrid();
        for (var i = 0; i < columns; i++) grid.Append(new W.GridColumn { Width = width.ToString() });
        table.Append(grid);

        foreach (var cells in block.Rows)
        {
            var row = new W.TableRow();
            for (var i = 0; i < cells.Count; i++)
            {
                // A short row's last cell spans the rest of the grid, as merged cells do in the template's tables.
                var span = i == cells.Count - 1 ? columns - cells.Count + 1 : 1;
                var properties = new W.TableCellProperties(new W.TableCellWidth { Width = (width * span).ToString(), Type = W.TableWidthUnitValues.Dxa });
                if (span > 1) properties.Append(new W.GridSpan { Val = span });
                var cell = new W.TableCell(properties);
                foreach (var line in cells[i]) cell.Append(Paragraph(line));
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }

    private static W.Styles DefaultStyles() => new(
        new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "宋体" },
                new W.FontSize { Val = "28" },
                new W.Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines { Line = "360", LineRule = W.LineSpacingRuleValues.Auto }))),
        new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle())
        {
            Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true,
        });

    private static string XmlSafe(string text)
    {
        var ok = true;
        foreach (var c in text)
            if (!XmlConvert.IsXmlChar(c)) { ok = false; break; }
        if (ok) return text;
        var chars = new List<char>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) chars.Add(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                chars.Add(text[i]);
                chars.Add(text[++i]);
            }
        }
        return new string(chars.ToArray());
    }
}
