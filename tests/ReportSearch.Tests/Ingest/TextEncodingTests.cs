using System.Security.Cryptography;
using ReportSearch.CorpusGen.Formats;
using ReportSearch.Ingest;

namespace ReportSearch.Tests.Ingest;

public class TextEncodingTests
{
    private readonly ReportFileReader _reader = new();

    public static IEnumerable<TestCaseData> SeedVariants()
    {
        foreach (var name in SeedTexts.Names)
        {
            yield return new TestCaseData(name, "utf-8", false).SetName($"{name} as UTF-8");
            yield return new TestCaseData(name, "utf-8", true).SetName($"{name} as UTF-8 with BOM");
            yield return new TestCaseData(name, "utf-16le", true).SetName($"{name} as UTF-16 LE");
            yield return new TestCaseData(name, "utf-16be", true).SetName($"{name} as UTF-16 BE");
            yield return new TestCaseData(name, "gb18030", false).SetName($"{name} as GB18030");
        }
    }

    [TestCaseSource(nameof(SeedVariants))]
    public void Every_encoding_of_a_seed_gives_the_same_text(string name, string encoding, bool bom)
    {
        var text = SeedTexts.Read(name);
        var bytes = encoding switch
        {
            "utf-8" => TextVariants.Utf8Bytes(text, bom),
            "utf-16le" => TextVariants.Utf16Bytes(text),
            "utf-16be" => TextVariants.Utf16Bytes(text, bigEndian: true),
            _ => TextVariants.Gb18030Bytes(text),
        };

        var read = _reader.Read(name, bytes);

        Assert.That(read.Raw, Is.EqualTo(text));
        Assert.That(read.Encoding, Is.EqualTo(encoding));
        Assert.That(read.Format, Is.EqualTo("txt"));
        Assert.That(read.File, Is.EqualTo(name));
        Assert.That(read.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    [Test]
    public void Seed_files_on_disk_read_as_utf8()
    {
        foreach (var path in SeedFiles.Reports)
        {
            var read = _reader.Read(path);
            Assert.That(read.Encoding, Is.EqualTo("utf-8"), path);
            Assert.That(read.Raw, Is.EqualTo(File.ReadAllText(path)), path);
            Assert.That(read.Sha256, Has.Length.EqualTo(64).And.Match("^[0-9a-f]+$"), path);
        }
    }

    [Test]
    public void Gb18030_is_detected_in_a_single_short_line()
    {
        const string line = "小孟镇人民政府2021年政府信息公开工作年度报告";
        var read = _reader.Read("short.txt", TextVariants.Gb18030Bytes(line));
        Assert.That(read.Encoding, Is.EqualTo("gb18030"));
        Assert.That(read.Raw, Is.EqualTo(line));
    }

    [Test]
    public void Utf16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes()
    {
        var text = SeedTexts.Read(SeedTexts.Names.First());
        var bytes = new System.Text.UnicodeEncoding(false, false).GetBytes(text);
        var read = _reader.Read("nobom.txt", bytes);
        Assert.That(read.Encoding, Is.EqualTo("utf-16le"));
        Assert.That(read.Raw, Is.EqualTo(text));
    }

    [Test]
    public void Utf8_cut_in_the_middle_of_a_character_is_still_utf8()
    {
        var bytes = TextVariants.Utf8Bytes("本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。");
        var cut = bytes[..^1];
        var read = _reader.Read("cut.txt", cut);
        Assert.That(read.Encoding, Is.EqualTo("utf-8"));
        Assert.That(read.Raw, Does.StartWith("本报告所列数据的统计期限"));
    }

    [Test]
    public void A_txt_file_of_unknown_extension_is_read_as_text()
    {
        var text = SeedTexts.Read(SeedTexts.Names.Last());
        var read = _reader.Read("report.dat", TextVariants.Gb18030Bytes(text));
        Assert.That(read.Format, Is.EqualTo("txt"));
        Assert.That(read.Raw, Is.EqualTo(text));
    }
}
