using ReportSearch.CorpusGen;
using ReportSearch.CorpusGen.Writing;
using ReportSearch.Ingest;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.CorpusGen;

/// <summary>The same corpus written in different formats decodes to the same text, and the format mix parses as documented.</summary>
[TestFixture]
public sealed class FormatTests
{
    [Test]
    public void Utf8_and_gb18030_corpora_decode_to_the_same_texts()
    {
        using var utf8 = GeneratedCorpus.Create(townships: 15, seed: 21, formats: "txt");
        using var gb = GeneratedCorpus.Create(townships: 15, seed: 21, formats: "gb18030");
        Assert.That(gb.Truths.Select(t => t.File), Is.EqualTo(utf8.Truths.Select(t => t.File)));
        foreach (var truth in utf8.Truths)
        {
            var bytes = File.ReadAllBytes(Path.Combine(gb.Directory, truth.File));
            Assert.That(ReportFileEncoder.DecodeText(ReportFormats.Gb18030, bytes), Is.EqualTo(utf8.TextOf(truth.File)), truth.File);
            Assert.That(bytes, Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(utf8.Directory, truth.File))));
        }
    }

    [Test]
    public void Docx_and_html_files_read_back_to_the_same_paragraphs_and_cells_as_the_text()
    {
        using var text = GeneratedCorpus.Create(townships: 12, seed: 23, formats: "txt");
        using var rich = GeneratedCorpus.Create(townships: 12, seed: 23, formats: "docx,html");
        var reader = new ReportFileReader();
        var formats = new HashSet<string>();
        foreach (var truth in rich.Truths)
        {
            var plain = text.TextOf(Path.ChangeExtension(truth.File, ".txt"));
            var read = reader.Read(Path.Combine(rich.Directory, truth.File));
            formats.Add(read.Format);
            Assert.That(SeedTexts.Pieces(read.Raw), Is.EqualTo(SeedTexts.Pieces(SeedTexts.AsReadBack(plain))), truth.File);
        }
        Assert.That(formats, Is.EquivalentTo(new[] { "docx", "html" }));
    }

    [Test]
    public void Format_mix_reads_names_and_weights_and_rejects_unknown_formats()
    {
        var mix = FormatMix.Parse("txt:3, docx");
        Assert.That(mix.Entries.Select(e => (e.Format, e.Weight)), Is.EqualTo(new[] { ("txt", 3.0), ("docx", 2.0) }));
        Assert.Throws<FormatException>(() => FormatMix.Parse("pdf"));
        Assert.Throws<FormatException>(() => FormatMix.Parse("txt:-1"));
    }
}
