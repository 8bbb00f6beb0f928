using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Findings;

/// <summary>
/// Finds item markers — （一） 一、 一是 （1） ⑴ 1. ① — in a span of text, with their numbers, so that items can be
/// cut at the markers of one style.
/// </summary>
public sealed partial class ItemMarkers
{
    public IReadOnlyList<ItemMarker> Find(string text, int start, int end)
    {
        var markers = new List<ItemMarker>();
        foreach (Match m in MarkerPattern().Matches(text[..end], start))
        {
            var marker = ToMarker(text, m);
            if (marker is not null) markers.Add(marker.Value);
        }
        return markers;
    }

    private static ItemMarker? ToMarker(string text, Match m)
    {
        char before = m.Index == 0 ? '\n' : text[m.Index - 1];
        bool atLineStart = before == '\n';
        bool atClauseStart = atLineStart || "。；，：:、 ）)“".Contains(before);
        if (m.Groups["pc"].Success)
            return new ItemMarker(MarkerStyle.ParenChinese, ChineseNumeral(m.Groups["pc"].Value), m.Index, m.Index + m.Length);
        if (m.Groups["cc"].Success)
            return atLineStart ? new ItemMarker(MarkerStyle.ChineseComma, ChineseNumeral(m.Groups["cc"].Value), m.Index, m.Index + m.Length) : null;
        if (m.Groups["cs"].Success)
            return atClauseStart ? new ItemMarker(MarkerStyle.ChineseShi, ChineseNumeral(m.Groups["cs"].Value), m.Index, m.Index + m.Length) : null;
        if (m.Groups["pa"].Success)
            return new ItemMarker(MarkerStyle.ParenArabic, int.Parse(m.Groups["pa"].ValueSpan), m.Index, m.Index + m.Length);
        if (m.Groups["pu"].Success)
            return new ItemMarker(MarkerStyle.ParenArabic, m.Groups["pu"].Value[0] - '⑴' + 1, m.Index, m.Index + m.Length);
        if (m.Groups["ad"].Success)
            return atLineStart || before is '。' or '；' or '：'
                ? new ItemMarker(MarkerStyle.ArabicDot, int.Parse(m.Groups["ad"].ValueSpan), m.Index, m.Index + m.Length)
                : null;
        if (m.Groups["ci"].Success)
            return new ItemMarker(MarkerStyle.Circled, m.Groups["ci"].Value[0] - '①' + 1, m.Index, m.Index + m.Length);
        return null;
    }

    /// <summary>一 → 1, 十 → 10, 十二 → 12, 二十 → 20.</summary>
    internal static int ChineseNumeral(string s)
    {
        const string digits = "零一二三四五六七八九";
        if (s.Length == 1) return s[0] == '十' ? 10 : digits.IndexOf(s[0]);
        int ten = s.IndexOf('十');
        if (ten < 0) return digits.IndexOf(s[^1]);
        int tens = ten == 0 ? 1 : digits.IndexOf(s[0]);
        int ones = ten == s.Length - 1 ? 0 : digits.IndexOf(s[^1]);
        return tens * 10 + ones;
    }

    [GeneratedRegex(@"[（(](?<pc>[一二三四五六七八九十]{1,3})[）)]|(?<cc>[一二三四五六七八九十]{1,3})[、.．](?![一二三四五六七八九十\d])|(?<cs>[一二三四五六七八九十]{1,3})是|[（(](?<pa>\d{1,2})[）)]|(?<pu>[⑴-⒇])|(?<![\d.])(?<ad>\d{1,2})[.．、](?!\d)|(?<ci>[①-⑳])")]
    private static partial Regex MarkerPattern();
}
