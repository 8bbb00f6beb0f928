using ReportSearch.Analysis;
using ReportSearch.Analysis.Highlighting;

namespace ReportSearch.Tests.Analysis;

/// <summary>Highlight spans and HTML snippets.</summary>
public class HighlightingTests
{
    private static Analyzer Analyzer => SharedAnalyzer.Value;
    private static Highlighter Highlighter => new(Analyzer);

    [Test]
    public void A_bigram_phrase_marks_its_characters_once()
    {
        const string text = "存在问题：工作人员不足，人员不足问题突出。";
        var spans = Highlighter.Spans(text, Analyzer.QueryTerms("人员不足"));
        Assert.That(spans.Select(s => text[s.Start..s.End]), Is.EqualTo(new[] { "人员不足", "人员不足" }));
        Assert.That(spans[0], Is.EqualTo(new TextSpan(7, 11)));
    }

    [Test]
    public void Overlapping_and_touching_matches_merge()
    {
        const string text = "公开公开栏";
        var spans = Highlighter.Spans(text, Analyzer.QueryTerms("公开").Concat(Analyzer.QueryTerms("开栏")));
        Assert.That(spans, Is.EqualTo(new[] { new TextSpan(0, 5) }));
        Assert.That(Highlighter.Merge([new(5, 7), new(0, 2), new(2, 3), new(6, 9)]), Is.EqualTo(new TextSpan[] { new(0, 3), new(5, 9) }));
    }

    [Test]
    public void Traditional_and_full_width_text_is_marked_in_place()
    {
        const string text = "（一）政務公開、ＡＰＰ";
        var spans = Highlighter.Spans(text, Analyzer.QueryTerms("政务公开 app"));
        Assert.That(spans.Select(s => text[s.Start..s.End]), Is.EqualTo(new[] { "政務公開", "ＡＰＰ" }));
    }

    [Test]
    public void A_one_character_query_marks_only_that_character()
    {
        const string text = "张市镇镇政府。镇";
        var spans = Highlighter.Spans(text, Analyzer.QueryTerms("镇"));
        Assert.That(spans, Is.EqualTo(new TextSpan[] { new(2, 4), new(7, 8) }));
    }

    [Test]
    public void A_snippet_marks_the_spans_and_escapes_everything_else()
    {
        const string text = "a<b & \"c\"\n人员不足'";
        var spans = Highlighter.Spans(text, Analyzer.QueryTerms("人员不足"));
        var snippet = SnippetBuilder.Build(text, spans);
        Assert.That(snippet.Html, Is.EqualTo("a&lt;b &amp; &quot;c&quot; <mark>人员不足</mark>&#39;"));
        Assert.That((snippet.Start, snippet.End), Is.EqualTo((0, text.Length)));
    }

    [Test]
    public void A_snippet_of_a_long_report_is_a_window_around_the_densest_matches()
    {
        var text = SharedAnalyzer.SeedReports.Single(s => s.Name.StartsWith("002")).Text;
        var spans = Highlighter.Spans(text, Analyzer.QueryTerms("微信公众号"));
        Assert.That(spans, Has.Count.GreaterThanOrEqualTo(2));
        var snippet = SnippetBuilder.Build(text, spans, maxLength: 80);
        Assert.That(snippet.End - snippet.Start, Is.EqualTo(80));
        Assert.That(snippet.Html, Does.StartWith("…").And.EndWith("…").And.Contain("<mark>微信公众号</mark>"));
        var plain = snippet.Html.Replace("<mark>", "").Replace("</mark>", "").Trim('…');
        Assert.That(plain, Is.EqualTo(text[snippet.Start..snippet.End].Replace('\n', ' ').Replace('\t', ' ')
            .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;")));
    }

    [Test]
    public void A_snippet_without_matches_is_the_start_of_the_text()
    {
        var snippet = SnippetBuilder.Build("政务公开工作年度报告", [], maxLength: 4);
        Assert.That(snippet, Is.EqualTo(new Snippet("政务公开…", 0, 4)));
    }

    [Test]
    public void A_snippet_never_cuts_a_surrogate_pair()
    {
        const string text = "一二三𠀀四五六七八九";
        var snippet = SnippetBuilder.Build(text, [new TextSpan(8, 9)], maxLength: 4);
        Assert.That(char.IsLowSurrogate(text[snippet.Start]), Is.False);
        Assert.That(snippet.End == text.Length || !char.IsLowSurrogate(text[snippet.End]));
    }
}
