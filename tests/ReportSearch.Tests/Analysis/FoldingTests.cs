using ReportSearch.Analysis;
using ReportSearch.Analysis.Folding;

namespace ReportSearch.Tests.Analysis;

/// <summary>Width and traditional → simplified folding: one-to-one, and equal to ICU's own transliteration.</summary>
public class FoldingTests
{
    private static TextFolding Folding => TextFolding.Shared;

    [TestCase("ＡＢＣ１２３", "ABC123")]
    [TestCase("政務公開", "政务公开")]
    [TestCase("尉氏縣張市鎮", "尉氏县张市镇")]
    [TestCase("\u3000", " ")]
    [TestCase("①", "1")]
    [TestCase("⑴", "⑴")] // NFKC makes it three characters: left alone so offsets hold
    [TestCase("政务公开", "政务公开")]
    public void Folds_one_character_to_one(string text, string expected)
    {
        Assert.That(Folding.Fold(text), Is.EqualTo(expected));
    }

    [Test]
    public void Leaves_the_seed_reports_simplified_text_as_it_is_apart_from_width()
    {
        foreach (var (name, text) in SharedAnalyzer.SeedReports)
        {
            var folded = Folding.Fold(text);
            Assert.That(folded, Has.Length.EqualTo(text.Length), name);
            for (var i = 0; i < text.Length; i++)
                if (folded[i] != text[i])
                    Assert.That(text[i], Is.Not.InRange('\u4E00', '\u9FFF'), $"{name} folded the simplified {text[i]} at {i}");
        }
    }

    [Test]
    public void The_traditional_table_equals_ICU_transliteration_on_the_seeds_written_in_traditional_characters()
    {
        var table = TraditionalToSimplifiedFolding.BuildTable();
        var ideographs = 0;
        var contextual = new List<string>();
        foreach (var (name, text) in SharedAnalyzer.SeedReports)
        {
            var traditional = SimplifiedToTraditional(text);
            Assert.That(traditional, Is.Not.EqualTo(text), "the sample must hold traditional characters");
            var byIcu = TraditionalToSimplifiedFolding.TransliterateWithIcu(traditional);
            Assert.That(byIcu, Has.Length.EqualTo(traditional.Length));
            // Ideographs only: ICU also turns 「」 back into “”, but punctuation never makes a term.
            for (var i = 0; i < traditional.Length; i++)
            {
                if (!CjkCharacters.IsCjk(traditional[i])) continue;
                ideographs++;
                if (table[traditional[i]] != byIcu[i]) contextual.Add(traditional.Substring(i, Math.Min(2, traditional.Length - i)));
            }
        }
        // A char → char table cannot apply ICU's few phrase rules: 甚麼 → 什么 (甚 alone stays 甚, as in 甚至).
        Assert.That(ideographs, Is.GreaterThan(10_000));
        Assert.That(contextual, Is.All.EqualTo("甚麼"));
    }

    [Test]
    public void The_traditional_table_equals_ICU_transliteration_on_a_traditional_paragraph()
    {
        const string paragraph =
            "本年度，本鎮嚴格按照《中華人民共和國政府資訊公開條例》要求，主動公開政府資訊，認真做好依申請公開工作。" +
            "通過政府網站、微信公眾號、政務新媒體等管道發佈資訊，對於群眾關切的熱點問題及時回應，積極開展政策解讀。" +
            "存在問題：工作人員業務水準不高，專職人員不足，更新不夠及時；下一步將加強培訓，完善監督考核機制。";
        var table = TraditionalToSimplifiedFolding.BuildTable();
        var byTable = new string(paragraph.Select(c => table[c]).ToArray());
        Assert.That(byTable, Is.EqualTo(TraditionalToSimplifiedFolding.TransliterateWithIcu(paragraph)));
        Assert.That(byTable, Does.Contain("微信公众号").And.Contain("依申请公开").And.Contain("专职人员不足"));
    }

    private static string SimplifiedToTraditional(string text)
    {
        ReportSearch.Analysis.IcuLibrary.EnsureLoaded();
        using var transliterator = Icu.Transliterator.CreateInstance("Simplified-Traditional");
        return transliterator.Transliterate(text);
    }
}
