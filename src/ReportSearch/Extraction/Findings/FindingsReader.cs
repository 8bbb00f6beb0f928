using System.Text.RegularExpressions;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Findings;

/// <summary>
/// Reads problem items and measure items: problems from the problems section up to where measures are introduced,
/// measures from there on, and also from a 下步打算 part of 其他需要报告的事项 (seed 004 puts them there).
/// </summary>
public sealed partial class FindingsReader
{
    private readonly FindingParts _parts;
    private readonly ItemSplitter _splitter;
    private readonly FindingTitles _titles;
    private readonly CategoryTagger _tagger;

    public FindingsReader(FindingParts parts, ItemSplitter splitter, FindingTitles titles, CategoryTagger tagger)
    {
        _parts = parts;
        _splitter = splitter;
        _titles = titles;
        _tagger = tagger;
    }

    public (IReadOnlyList<Finding> Problems, IReadOnlyList<Finding> Measures) Read(string text, IReadOnlyList<Section> sections)
    {
        var problems = new List<Finding>();
        var measures = new List<Finding>();
        var problemSection = sections.FirstOrDefault(s => s.Kind == SectionKinds.Problems);
        if (problemSection is not null)
        {
            int bodyStart = AfterTitle(text, problemSection);
            var split = _parts.MeasuresStart(text, bodyStart, problemSection.End);
            int problemsEnd = split?.IntroStart ?? problemSection.End;
            problems.AddRange(Items(text, bodyStart, problemsEnd));
            if (split is { } s) measures.AddRange(Items(text, s.PartStart, problemSection.End));
        }
        var other = sections.FirstOrDefault(s => s.Kind == SectionKinds.Other);
        if (other is not null && _parts.MeasuresStart(text, AfterTitle(text, other), other.End) is { } plans)
            measures.AddRange(Items(text, plans.PartStart, other.End));
        return (problems, measures);
    }

    private IEnumerable<Finding> Items(string text, int start, int end)
    {
        foreach (var (itemStart, itemEnd) in _splitter.Split(text, start, end))
        {
            var itemText = text[itemStart..itemEnd];
            if (ClosingRemark().IsMatch(itemText)) continue;
            yield return new Finding(_titles.TitleOf(itemText), itemText, _tagger.Tag(itemText), itemStart, itemEnd);
        }
    }

    private static int AfterTitle(string text, Section section)
    {
        int nl = text.IndexOf('\n', section.Start, section.End - section.Start);
        return nl < 0 ? section.End : nl + 1;
    }

    // 对于上述问题，我镇将在今后的工作中认真加以解决。 — one sentence pointing back at the problems, not a measure.
    [GeneratedRegex(@"^(?:对于|针对)(?:以上|上述|这些|前述|存在的)[^。\n]{0,6}(?:问题|不足)[^。\n]{0,30}。?$")]
    private static partial Regex ClosingRemark();
}
