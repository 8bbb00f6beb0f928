using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportSearch.CorpusGen.Formats;
using ReportSearch.Ingest;
using ReportSearch.Ingest.Normalization;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportSearch.Tests.Ingest;

public class DocxReadingTests
{
    private readonly ReportFileReader _reader = new();

    private static IEnumerable<string> Seeds() => SeedTexts.Names;

    [TestCaseSource(nameof(Seeds))]
    public void A_seed_written_as_docx_reads_back_as_the_same_text(string name)
    {
        var seed = SeedTexts.Read(name);
        using var folder = new TempFolder();
        var path = folder.File(Path.ChangeExtension(name, ".docx"));
        using (var file = File.Create(path)) DocxReportWriter.Write(seed, file);

        var read = _reader.Read(path);

        Assert.That(read.Format, Is.EqualTo("docx"));
        var normalizer = TextNormalizer.Default;
        Assert.That(normalizer.Normalize(read.Raw), Is.EqualTo(normalizer.Normalize(SeedTexts.AsReadBack(seed))));
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_docx_writer_produces_a_valid_word_document(string name)
    {
        using var stream = new MemoryStream();
        DocxReportWriter.Write(SeedTexts.Read(name), stream);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document).Select(e => e.Description).ToList();
        Assert.That(errors, Is.Empty);
        Assert.That(document.MainDocumentPart!.Document.Body!.Elements<W.Table>().Count(), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void Raw_cells_keep_the_seed_layout_before_normalisation()
    {
        var seed = SeedTexts.Read("000_7269bd74ef3e0715.txt");
        using var stream = new MemoryStream();
        DocxReportWriter.Write(seed, stream);
        var read = _reader.Read("000.docx", stream.ToArray());
        // The cell "　　0" with ideographic spaces, the two-paragraph cell 商业/企业, and the row-ending empty line.
        Assert.That(read.Raw, Does.Contain("\t规章\n\t\u3000\u30000\n\t\u00A0\u30000\n\t\u00A00\n\n"));
        Assert.That(read.Raw, Does.Contain("\t商业\n企业\n\t科研\n机构\n"));
    }

    [Test]
    public void Body_structure_tabs_breaks_deletions_merges_and_headers_read_as_the_layout_says()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text("页眉：不应出现"))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new W.Footer(new W.Paragraph(new W.Run(new W.Text("第 1 页"))));
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("一、总体情况"))),
                new W.Paragraph(
                    new W.Run(new W.Text("主动公开")),
                    new W.DeletedRun(new W.Run(new W.DeletedText("删除的字"))),
                    new W.InsertedRun(new W.Run(new W.Text("政府信息"))),
                    new W.Run(new W.TabChar(), new W.Text("59条"), new W.Break(), new W.Text("第二行"))),
                new W.SdtBlock(new W.SdtContentBlock(new W.Paragraph(new W.Run(new W.Text("控件中的段落"))))),
                new W.Table(
                    new W.TableRow(
                        new W.TableCell(new W.TableCellProperties(new W.VerticalMerge { Val = W.MergedCellValues.Restart }),
                            new W.Paragraph(new W.Run(new W.Text("行政复议")))),
                        new W.TableCell(new W.Paragraph(new W.Run(new W.Text("结果"))), new W.Paragraph(new W.Run(new W.Text("维持"))))),
                    new W.TableRow(
                        new W.TableCell(new W.TableCellProperties(new W.VerticalMerge()), new W.Paragraph(new W.Run(new W.Text("行政复议")))),
                        new W.TableCell(new W.Paragraph()))),
                new W.Paragraph(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                    new W.Run(new W.FieldCode(" PAGE ")),
                    new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
                    new W.Run(new W.Text("3")),
                    new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }))));
            main.Document.Body!.PrependChild(new W.Paragraph(new W.Hyperlink(new W.Run(new W.Text("标题"))) { Anchor = "top" }));
        }

        var read = _reader.Read("built.docx", stream.ToArray());

        Assert.That(read.Raw, Is.EqualTo(
            "标题\n一、总体情况\n主动公开政府信息\t59条\n第二行\n控件中的段落\n" +
            "\t行政复议\n\t结果\n维持\n\n" +
            "\t\n\t\n\n" +
            "3\n"));
    }
}
