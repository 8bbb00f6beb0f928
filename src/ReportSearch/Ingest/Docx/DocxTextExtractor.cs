using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportSearch.Ingest.Docx;

/// <summary>
/// The text of a .docx body in reading order, in the seeds' layout: each paragraph a line; each table row its cells
/// as "\t" + text + "\n" (a cell's paragraphs joined by "\n"; a vertically merged continuation cell empty), then an
/// empty line. Tabs and line breaks inside paragraphs are kept; deleted and moved-away text, field codes, drawings,
/// headers, footers and notes are not part of the body's text.
/// </summary>
/// <remarks>
/// The package is opened with DocumentFormat.OpenXml, which finds the main document part through the package's
/// relationships; the part itself is then streamed with an <see cref="XmlReader"/> by <see cref="BodyTextReader"/>.
/// Building the SDK's element tree for a report costs several times more than the rest of the pipeline together.
/// </remarks>
public sealed class DocxTextExtractor
{
    private readonly long _maxUncompressedBytes;

    /// <param name="maxUncompressedBytes">Refuse a package whose parts expand beyond this (a zip bomb).</param>
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
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException)
        {
            throw new FormatException("not a Word document (" + FirstLine(e.Message) + ")", e);
        }
        using (document)
        {
            var part = document.MainDocumentPart ?? throw new FormatException("not a Word document (no main document part)");
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            try
            {
                return BodyTextReader.Read(stream);
            }
            catch (XmlException e)
            {
                throw new FormatException("damaged .docx: the document part is not well-formed XML (" + FirstLine(e.Message) + ")", e);
            }
        }
    }

    private void CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long expanded = 0;
            foreach (var entry in zip.Entries) expanded += entry.Length;
            if (zip.GetEntry("[Content_Types].xml") is null)
                throw new FormatException("a zip archive, not a Word document (no [Content_Types].xml)");
            if (expanded > _maxUncompressedBytes)
                throw new FormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the package expands to {expanded / 1048576.0:F1} MB, over the {_maxUncompressedBytes / 1048576.0:F1} MB limit"));
        }
        catch (InvalidDataException e)
        {
            throw new FormatException("damaged .docx: the zip package is truncated or corrupt", e);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
