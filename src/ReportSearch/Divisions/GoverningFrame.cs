namespace ReportSearch.Divisions;

/// <summary>
/// Recognises a place named as the one that governs the writer: 在涉县委、县政府的正确领导下, 按照渠县2020年政务公开工作要点,
/// 在藤县政务公开办公室的指导下. The name opens a clause (after 在, 按照, 根据 … or punctuation, not a quoted title) and
/// is followed by its party committee, government, government affairs office or a year. Both sides are needed:
/// 完成县委 has 成县 before 委 but 完成 is one word, and 在新县城 opens a clause but 新县城 is a county town.
/// </summary>
internal static class GoverningFrame
{
    // The last character of the words that open such a clause: 在, 按照/依照/遵照/参照, 根据/依据, 由, 经, 受, 向, 对, 与, 及.
    private const string ClauseOpeners = "在照据由经受向对与及";

    private static readonly string[] Organs = ["委", "政府", "人民政府", "政务", "党委", "人大", "政协"];

    /// <summary>
    /// Whether the mention is written as the writer's governing place. County names that are everyday words never
    /// are: 在城区政务服务中心 is the town centre's service hall.
    /// </summary>
    public static bool Surrounds(ReadOnlySpan<char> text, NameMention mention) =>
        !DivisionNameForms.IsOrdinaryWord(mention.Name.Written) && OpensClause(text, mention.Start) && NamesOrganOrYear(text[mention.End..]);

    // Marks that open a quotation or a title: 学习《郑州市政务公开工作规范》 cites another place's document.
    private const string QuoteOpeners = "《〈“‘「『\"'";

    private static bool OpensClause(ReadOnlySpan<char> text, int start)
    {
        if (start == 0) return true;
        var before = text[start - 1];
        return ClauseOpeners.Contains(before) || (!IsIdeograph(before) && !QuoteOpeners.Contains(before));
    }

    private static bool NamesOrganOrYear(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty) return false;
        // 涉县2021年政务公开工作要点: a year right after the name dates the county's own plan.
        if (char.IsAsciiDigit(after[0]) || after[0] is >= '０' and <= '９') return true;
        foreach (var organ in Organs)
            if (after.StartsWith(organ, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
