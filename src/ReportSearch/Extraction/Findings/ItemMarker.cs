namespace ReportSearch.Extraction.Findings;

/// <summary>The numbering styles items are written in.</summary>
public enum MarkerStyle
{
    /// <summary>（一） （二）</summary>
    ParenChinese,
    /// <summary>一、 二、 at the start of a line</summary>
    ChineseComma,
    /// <summary>一是 二是</summary>
    ChineseShi,
    /// <summary>（1） ⑴ (2）</summary>
    ParenArabic,
    /// <summary>1. 1、 at the start of a line or sentence</summary>
    ArabicDot,
    /// <summary>① ②</summary>
    Circled,
}

/// <summary>One item marker found in text: its style, its number, and the span of the marker itself.</summary>
public readonly record struct ItemMarker(MarkerStyle Style, int Number, int Start, int End);
