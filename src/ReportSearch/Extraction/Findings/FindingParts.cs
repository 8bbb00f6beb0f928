using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Findings;

/// <summary>
/// Splits the problems section into its problem part and its measures part, at the words that introduce
/// measures (改进措施, 具体措施, 下步打算, 今后工作, 针对以上问题 …). The section's own title is skipped: it says
/// 改进情况 too.
/// </summary>
public sealed partial class FindingParts
{
    /// <summary>Where measures start within <c>[start, end)</c> (the index after the introducer), or null.</summary>
    public (int IntroStart, int PartStart)? MeasuresStart(string text, int start, int end)
    {
        var m = MeasuresIntro().Match(text[..end], start);
        if (!m.Success) return null;
        // The problems end where the introducer's line begins, its numbering (（二）改进工作) included.
        int introStart = m.Index;
        while (introStart < m.Groups["intro"].Index && (text[introStart] is '\n' or '。' or ' ' or '\t')) introStart++;
        // A heading line such as （二）改进工作 introduces the lines below it.
        int lineEnd = text.IndexOf('\n', m.Index + m.Length, end - (m.Index + m.Length));
        var rest = lineEnd < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(m.Index + m.Length, lineEnd - (m.Index + m.Length)).Trim();
        bool headingLine = lineEnd >= 0 && rest.Length <= 6 && rest.IndexOf('。') < 0;
        int partStart = headingLine ? lineEnd + 1 : m.Groups["intro"].Index;
        return (introStart, partStart);
    }

    [GeneratedRegex(@"(?:^|\n|。)[ \t]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?[ \t]*(?<intro>改进措施|改进情况|改进工作|改进方向|整改措施|具体措施|下步打算|下一步打算|下一步工作|下一步计划|下一步|下步工作|今后工作|工作打算|努力方向|工作计划)|(?<intro>针对(?:以上|上述|这些|存在的|我镇|我乡|我街道)[^。\n]{0,12}(?:问题|不足))")]
    private static partial Regex MeasuresIntro();
}
