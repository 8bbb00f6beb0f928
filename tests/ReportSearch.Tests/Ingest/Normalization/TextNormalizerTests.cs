using FsCheck;
using FsCheck.Fluent;
using ReportSearch.CorpusGen.Formats;
using ReportSearch.Ingest.Normalization;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Ingest.Normalization;

public class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = TextNormalizer.Default;

    private static IEnumerable<string> Seeds() => SeedTexts.Names;

    [TestCaseSource(nameof(Seeds))]
    public void A_normalised_seed_keeps_its_layout_and_loses_its_noise(string name)
    {
        var seed = SeedTexts.Read(name);
        var text = Normalizer.Normalize(seed);

        Assert.That(text, Does.Not.Contain("\u3000").And.Not.Contain("\u00A0").And.Not.Contain("\r")
            .And.Not.Contain("[bookmark:").And.Not.Contain("[image:").And.Not.Contain(" \n").And.Not.Contain("\t "));
        Assert.That(text.Count(c => c == '\t'), Is.EqualTo(seed.Count(c => c == '\t')), "tabs are layout");
        var removedLines = seed.Split('\n').Count(l => l.TrimStart().StartsWith("[image:", StringComparison.Ordinal));
        Assert.That(text.Count(c => c == '\n'), Is.EqualTo(seed.Count(c => c == '\n') - removedLines), "lines stay where they were");
    }

    [TestCaseSource(nameof(Seeds))]
    public void Normalising_a_seed_twice_changes_nothing(string name)
    {
        var once = Normalizer.Normalize(SeedTexts.Read(name));
        Assert.That(Normalizer.Normalize(once), Is.EqualTo(once));
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_seed_typed_with_ascii_punctuation_normalises_to_the_same_text(string name)
    {
        var seed = SeedTexts.Read(name);
        Assert.That(Normalizer.Normalize(TextVariants.AsciiPunctuation(seed)), Is.EqualTo(Normalizer.Normalize(seed)));
    }

    [Test]
    public void Seed_000_reads_as_the_template_writes_it()
    {
        var text = Normalizer.Normalize(SeedTexts.Read("000_7269bd74ef3e0715.txt"));
        Assert.That(text, Does.Contain("主要表现为：（1）认识不够到位。"));
        Assert.That(text, Does.Contain("。（2）工作力度不大。"));
        Assert.That(text, Does.Contain("\t规章\n\t0\n\t0\n\t0\n\n"));
    }

    /// <summary>Text made of the pieces that interact: CJK, both widths of punctuation, spaces, artifacts, enclosed numbers.</summary>
    private static Arbitrary<string> ReportLikeText()
    {
        string[] pieces =
        [
            "中", "公开", "。", "，", "、", "（", "）", "“", "”", "《", "①", "⑴", "⒇", "⒈", "⒛", "．", "％", "２", "ａ", "Ｚ",
            "0", "1", "a", "x", ".", "/", "-", ",", ";", ":", "(", ")", "!", "?", " ", "  ", "\u3000", "\u00A0", "\u2002",
            "\t", "\n", "\r\n", "\r", "\u2028", "\u200B", "\uFEFF", "\u00AD", "\u0001", "[", "]", "[bookmark: ", "[image: ",
            "_GoBack]", "ｂｏｏｋｍａｒｋ", "\uD840\uDC00", "\uDC00", "\uD840",
        ];
        var piece = Gen.Frequency(
            (9, Gen.Elements(pieces)),
            (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())));
        return piece.ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
    }

    [Test]
    public void Normalisation_is_idempotent_on_any_text()
    {
        var property = Prop.ForAll(ReportLikeText(), text =>
        {
            var once = Normalizer.Normalize(text);
            return Normalizer.Normalize(once) == once;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), property);
    }

    [Test]
    public void Normalisation_is_idempotent_on_arbitrary_strings()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var once = Normalizer.Normalize(text ?? "");
            return Normalizer.Normalize(once) == once;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }
}
