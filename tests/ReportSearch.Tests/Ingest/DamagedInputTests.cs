using System.Text;
using ReportSearch.CorpusGen.Formats;
using ReportSearch.Ingest;

namespace ReportSearch.Tests.Ingest;

public class DamagedInputTests
{
    private readonly ReportFileReader _reader = new();

    private static UnreadableReportException Refused(TestDelegate read, string file)
    {
        var error = Assert.Throws<UnreadableReportException>(read)!;
        Assert.That(error.File, Is.EqualTo(file));
        Assert.That(error.Message, Does.StartWith(file + ": "));
        Assert.That(error.Reason, Is.Not.Empty.And.Not.Contain("\n"));
        return error;
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        var error = Refused(() => _reader.Read("empty.txt", []), "empty.txt");
        Assert.That(error.Reason, Does.Contain("empty"));
    }

    [Test]
    public void A_file_of_white_space_only_is_refused()
    {
        var error = Refused(() => _reader.Read("blank.txt", TextVariants.Utf8Bytes(" \r\n\t\u3000\u00A0\n", byteOrderMark: true)), "blank.txt");
        Assert.That(error.Reason, Does.Contain("white space"));
    }

    [Test]
    public void Binary_data_with_nul_bytes_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[100] = 0;
        var error = Refused(() => _reader.Read("image.txt", bytes), "image.txt");
        Assert.That(error.Reason, Does.Contain("binary"));
    }

    [Test]
    public void Text_that_is_mostly_control_characters_is_refused()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(1 + i % 8)).ToArray();
        var error = Refused(() => _reader.Read("controls.txt", bytes), "controls.txt");
        Assert.That(error.Reason, Does.Contain("binary"));
    }

    [Test]
    public void A_truncated_docx_is_refused()
    {
        using var stream = new MemoryStream();
        DocxReportWriter.Write(SeedTexts.Read("000_7269bd74ef3e0715.txt"), stream);
        var whole = stream.ToArray();
        var error = Refused(() => _reader.Read("cut.docx", whole[..(whole.Length / 2)]), "cut.docx");
        Assert.That(error.Reason, Does.Contain("damaged"));
    }

    [Test]
    public void A_docx_that_is_not_a_zip_is_refused()
    {
        var error = Refused(() => _reader.Read("fake.docx", Encoding.UTF8.GetBytes("这不是一个 Word 文档")), "fake.docx");
        Assert.That(error.Reason, Does.Contain("not a zip"));
    }

    [Test]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = new StreamWriter(zip.CreateEntry("data.csv").Open())) entry.Write("a,b\n1,2\n");
        var error = Refused(() => _reader.Read("data.docx", stream.ToArray()), "data.docx");
        Assert.That(error.Reason, Does.Contain("not a Word document"));
    }

    [Test]
    public void A_pdf_is_refused_whatever_its_name()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
        Assert.That(Refused(() => _reader.Read("report.pdf", pdf), "report.pdf").Reason, Does.Contain("PDF"));
        Assert.That(Refused(() => _reader.Read("report.txt", pdf), "report.txt").Reason, Does.Contain("PDF"));
    }

    [Test]
    public void A_legacy_word_doc_is_refused()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var error = Refused(() => _reader.Read("report.doc", ole), "report.doc");
        Assert.That(error.Reason, Does.Contain(".doc").And.Contain(".docx"));
    }

    [Test]
    public void A_file_over_the_size_limit_is_refused_before_it_is_loaded()
    {
        using var folder = new TempFolder();
        var path = folder.File("huge.txt");
        using (var file = File.Create(path))
        {
            var line = TextVariants.Utf8Bytes("本年新收政府信息公开申请数量0件。\n");
            for (var written = 0L; written < 20L * 1024 * 1024; written += line.Length) file.Write(line);
        }

        var error = Refused(() => _reader.Read(path), path);

        Assert.That(error.Reason, Does.Contain("20 MB").And.Contain("10 MB"));
    }

    [Test]
    public void The_limit_can_be_set()
    {
        var small = new ReportFileReader(new ReadLimits(MaxBytes: 100));
        var error = Refused(() => small.Read("a.txt", new byte[101]), "a.txt");
        Assert.That(error.Reason, Does.Contain("101 bytes").And.Contain("100 bytes"));
    }

    [Test]
    public void A_missing_file_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("nowhere.txt");
        Assert.That(Refused(() => _reader.Read(path), path).Reason, Does.Contain("not found"));
    }

    [Test]
    public void Random_bytes_under_every_name_raise_only_the_readers_exception()
    {
        var random = new Random(11);
        foreach (var name in new[] { "x.txt", "x.docx", "x.html", "x.doc", "x.bin" })
            for (var i = 0; i < 50; i++)
            {
                var bytes = new byte[random.Next(1, 3000)];
                random.NextBytes(bytes);
                if (i % 2 == 0) "PK\x03\x04"u8.CopyTo(bytes.AsSpan(0, Math.Min(4, bytes.Length)));
                try
                {
                    _reader.Read(name, bytes);
                }
                catch (UnreadableReportException e)
                {
                    Assert.That(e.File, Is.EqualTo(name));
                }
            }
    }
}
