using ReportSearch.Analysis;

namespace ReportSearch.Tests.Analysis;

/// <summary>Every token points at exactly the original text it came from: highlights land on the right characters.</summary>
public class OffsetTests
{
    private static Analyzer Analyzer => SharedAnalyzer.Value;

    [Test]
    public void Every_token_of_every_seed_report_is_its_original_text_folded()
    {
        foreach (var (name, text) in SharedAnalyzer.SeedReports)
        {
            var analyzed = Analyzer.Analyze(text);
            Assert.That(analyzed.Words, Has.Count.GreaterThan(1000), name);
            foreach (var token in analyzed.Words.Concat(analyzed.Grams))
            {
                var original = text[token.Start..token.End];
                Assert.That(Analyzer.Fold(original).ToLowerInvariant(), Is.EqualTo(token.Term), $"{name} {token}");
            }
        }
    }

    [Test]
    public void Words_tile_every_letter_digit_and_ideograph_of_the_seeds_in_order()
    {
        foreach (var (name, text) in SharedAnalyzer.SeedReports)
        {
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var word in Analyzer.Words(text))
            {
                Assert.That(word.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{name} {word} overlaps");
                previousEnd = word.End;
                for (var i = word.Start; i < word.End; i++) covered[i] = true;
            }
            for (var i = 0; i < text.Length; i++)
            {
                var folded = Analyzer.Fold(text[i].ToString())[0];
                var isTermCharacter = char.IsLetterOrDigit(folded) || CjkCharacters.IsCjk(folded);
                Assert.That(covered[i], Is.EqualTo(isTermCharacter), $"{name} at {i}: '{text[i]}'");
            }
        }
    }

    [Test]
    public void Offsets_refer_to_the_original_when_folding_changed_the_text()
    {
        const string text = "（一）政務公開：ＡＰＰ客戶端２０２１年";
        var words = Analyzer.Words(text);
        Assert.That(words.Select(w => (w.Term, text[w.Start..w.End])), Is.EqualTo(new[]
        {
            ("一", "一"), ("政务公开", "政務公開"), ("app", "ＡＰＰ"), ("客户端", "客戶端"), ("2021", "２０２１"), ("年", "年"),
        }));
    }

    [Test]
    public void A_supplementary_ideograph_is_one_character_of_its_run()
    {
        const string text = "𠀀镇政府，𠀁";
        var grams = Analyzer.Grams(text);
        Assert.That(grams.Select(g => text[g.Start..g.End]), Is.EqualTo(new[] { "𠀀镇", "镇政", "政府", "府", "𠀁" }));
        Assert.That(Analyzer.Words(text).Select(w => text[w.Start..w.End]), Does.Contain("𠀁"));
    }

    [Test]
    public void Nothing_breaks_on_empty_or_broken_text()
    {
        Assert.That(Analyzer.Analyze("").Words, Is.Empty);
        Assert.That(Analyzer.Analyze("，。、\n\t").Grams, Is.Empty);
        var broken = "政务\uD800公开\uDC00";
        var analyzed = Analyzer.Analyze(broken);
        Assert.That(SharedAnalyzer.Terms(analyzed.Words), Is.EqualTo(new[] { "政务", "公开" }));
    }
}
