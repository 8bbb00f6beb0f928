using System.Text.RegularExpressions;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Sections;

/// <summary>
/// Decides whether a line is a section title and of which kind, by its title words rather than its number:
/// reports renumber freely (seed 004 reuses 一、二、 inside 总体情况), so numbers alone mislead.
/// </summary>
public sealed partial class SectionHeadings
{
    private const int MaxTitleLength = 40;

    // Checked in order; the first whose words occur in a short line wins.
    private static readonly (string Kind, Regex Words)[] Kinds =
    [
        (SectionKinds.Appendix, AppendixWords()),
        (SectionKinds.Requests, RequestsWords()),
        (SectionKinds.Appeals, AppealsWords()),
        (SectionKinds.Proactive, ProactiveWords()),
        (SectionKinds.Problems, ProblemsWords()),
        (SectionKinds.Other, OtherWords()),
        (SectionKinds.Overview, OverviewWords()),
    ];

    /// <summary>The kind of section <paramref name="line"/> opens, or null when it is not a section title.</summary>
    public string? KindOf(ReadOnlySpan<char> line)
    {
        // Table cells (lines starting with a tab) and prose sentences are never titles.
        if (line.Length == 0 || line[0] == '\t') return null;
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed.Length > MaxTitleLength) return null;
        if (trimmed.IndexOf('。') >= 0 && trimmed.IndexOf('。') < trimmed.Length - 1) return null;
        var body = StripNumber(trimmed.ToString());
        // A sub-item marker such as （一） introduces a part of a section, not a section.
        if (body.Length == 0 || body.StartsWith('（') || body.Contains('\t')) return null;
        foreach (var (kind, words) in Kinds)
            if (words.IsMatch(body)) return kind;
        return null;
    }

    private static string StripNumber(string title)
    {
        var m = LeadingNumber().Match(title);
        return m.Success ? title[m.Length..].Trim() : title;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.，]|第[一二三四五六七八九十]{1,3}部分[、：]?|\d{1,2}[、.])\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:附件\s*\d*|附表\s*\d*|.{0,30}统计表)[：:]?$")]
    private static partial Regex AppendixWords();

    [GeneratedRegex(@"收到和处理.{0,6}申请情况|依申请公开.{0,4}情况统计")]
    private static partial Regex RequestsWords();

    [GeneratedRegex(@"行政复议.{0,4}行政诉讼.{0,2}情况|行政复议和行政诉讼|复议.{0,3}诉讼情况")]
    private static partial Regex AppealsWords();

    [GeneratedRegex(@"主动公开政府信息(?:的)?情况$")]
    private static partial Regex ProactiveWords();

    [GeneratedRegex(@"存在的?主要问题|主要问题及|存在的?问题及|问题和改进|问题及改进")]
    private static partial Regex ProblemsWords();

    [GeneratedRegex(@"其他需要报告的事项")]
    private static partial Regex OtherWords();

    [GeneratedRegex(@"^(?:总体情况|概述|总体概述|基本情况|工作概述|总体概况)[：:]?$")]
    private static partial Regex OverviewWords();
}
