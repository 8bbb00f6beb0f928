using System.Globalization;
using System.Security.Cryptography;
using ReportSearch.Ingest.Docx;
using ReportSearch.Ingest.Html;
using ReportSearch.Ingest.Text;

namespace ReportSearch.Ingest;

/// <summary>
/// Reads one report file (.txt in UTF-8, UTF-16 or GB18030; .docx; .html/.htm) into its decoded text. The bytes decide
/// over the name where they are unambiguous (a PDF named .txt is still a PDF); files of unknown extension are
/// recognised by their bytes. Whatever goes wrong, the only exception that leaves <c>Read</c> is an
/// <see cref="UnreadableReportException"/> naming the file and the reason.
/// </summary>
public sealed class ReportFileReader
{
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] DocxExtensions = [".docx", ".docm", ".dotx"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".shtml", ".xhtml"];
    private static readonly string[] LegacyWordExtensions = [".doc", ".dot", ".wps"];

    private readonly ReadLimits _limits;
    private readonly TextDecoder _decoder;
    private readonly DocxTextExtractor _docx;
    private readonly HtmlTextExtractor _html;

    public ReportFileReader(ReadLimits? limits = null)
        : this(limits ?? ReadLimits.Default, new TextDecoder(), null, new HtmlTextExtractor())
    {
    }

    public ReportFileReader(ReadLimits limits, TextDecoder decoder, DocxTextExtractor? docx, HtmlTextExtractor html)
    {
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _decoder = decoder ?? throw new ArgumentNullException(nameof(decoder));
        // A .docx compresses text about tenfold; beyond fifty times the file limit it is not a report.
        _docx = docx ?? new DocxTextExtractor(limits.MaxBytes * 50);
        _html = html ?? throw new ArgumentNullException(nameof(html));
    }

    public ReadLimits Limits => _limits;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public SourceText Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new UnreadableReportException(path, Directory.Exists(path) ? "is a directory, not a file" : "file not found");
            if (info.Length > _limits.MaxBytes) throw TooLarge(path, info.Length);
            bytes = File.ReadAllBytes(path);
        }
        catch (UnreadableReportException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableReportException(path, "cannot be read: " + e.Message, e);
        }
        return Read(path, bytes);
    }

    /// <summary>Reads a file already in memory; <paramref name="file"/> names it in messages and its extension hints at the format.</summary>
    public SourceText Read(string file, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            if (bytes.LongLength > _limits.MaxBytes) throw TooLarge(file, bytes.LongLength);
            if (bytes.Length == 0) throw new UnreadableReportException(file, "empty file (0 bytes)");
            var (format, encoding, raw) = Decode(file, bytes);
            if (IsBlank(raw))
                throw new UnreadableReportException(file, format == "txt" ? "contains only white space" : "contains no text");
            return new SourceText(file, Convert.ToHexStringLower(SHA256.HashData(bytes)), format, encoding, raw);
        }
        catch (UnreadableReportException)
        {
            throw;
        }
        catch (FormatException e)
        {
            throw new UnreadableReportException(file, e.Message, e);
        }
        catch (Exception e)
        {
            // Malformed input must not surface as a crash: any other failure is still this file being unreadable.
            throw new UnreadableReportException(file, "cannot be read (" + e.GetType().Name + ": " + OneLine(e.Message) + ")", e);
        }
    }

    private (string Format, string Encoding, string Raw) Decode(string file, byte[] bytes)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        var kind = FileSignature.Sniff(bytes);
        switch (kind)
        {
            case ContentKind.Pdf:
                throw new UnreadableReportException(file, "is a PDF; only .txt, .docx and .html reports can be read");
            case ContentKind.OleCompound:
                throw new UnreadableReportException(file, DocxExtensions.Contains(extension)
                    ? "is an encrypted or legacy Office file, not a .docx package"
                    : "is a legacy Word .doc (or other OLE) file, which cannot be read; save it as .docx");
            case ContentKind.Rtf:
                throw new UnreadableReportException(file, "is an RTF document, which cannot be read; save it as .docx");
        }
        if (extension == ".pdf") throw new UnreadableReportException(file, "is a .pdf file; only .txt, .docx and .html reports can be read");

        if (kind == ContentKind.Zip) return DecodeDocx(bytes);
        if (DocxExtensions.Contains(extension))
        {
            if (kind == ContentKind.Html) return DecodeHtml(bytes);
            throw new UnreadableReportException(file, "damaged .docx: not a zip package");
        }
        if (HtmlExtensions.Contains(extension)) return DecodeHtml(bytes);
        if (LegacyWordExtensions.Contains(extension))
        {
            // Sites often publish a saved web page under a .doc name.
            if (kind == ContentKind.Html) return DecodeHtml(bytes);
            throw new UnreadableReportException(file, "is a " + extension + " file that is not a Word document this reader understands; save it as .docx");
        }
        if (!TextExtensions.Contains(extension) && kind == ContentKind.Html) return DecodeHtml(bytes);
        var decoded = _decoder.Decode(bytes);
        CheckNotBinary(decoded.Text);
        return ("txt", decoded.Encoding, decoded.Text);
    }

    private (string, string, string) DecodeDocx(byte[] bytes) => ("docx", "utf-8", _docx.Extract(bytes));

    private (string, string, string) DecodeHtml(byte[] bytes)
    {
        var charset = HtmlCharset.Declared(bytes);
        var decoded = charset is null ? _decoder.Decode(bytes) : _decoder.DecodeDeclared(bytes, charset);
        return ("html", decoded.Encoding, _html.Extract(decoded.Text));
    }

    /// <summary>Text whose characters are largely control characters or replacement marks is binary data.</summary>
    private static void CheckNotBinary(string text)
    {
        var suspicious = 0;
        foreach (var c in text)
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c is >= '\u007F' and <= '\u009F' || c == '\uFFFD')
                suspicious++;
        if (suspicious > 0 && suspicious * 50 > text.Length)
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"binary content ({suspicious * 100.0 / text.Length:F0}% control characters)"));
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')) return false;
        return true;
    }

    private UnreadableReportException TooLarge(string file, long size) =>
        new(file, string.Create(CultureInfo.InvariantCulture,
            $"too large: {FormatSize(size)} ({size:N0} bytes), over the {FormatSize(_limits.MaxBytes)} limit"));

    private static string FormatSize(long bytes) =>
        bytes >= 1048576 ? FormattableString.Invariant($"{bytes / 1048576.0:0.#} MB")
        : bytes >= 1024 ? FormattableString.Invariant($"{bytes / 1024.0:0.#} KB")
        : FormattableString.Invariant($"{bytes} bytes");

    private static string OneLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
