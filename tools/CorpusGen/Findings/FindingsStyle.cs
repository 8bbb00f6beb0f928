using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Findings;

/// <summary>How items are numbered: ⑴ (2） 一是 （一） 一、 1. (1) 1、 as the seeds write them.</summary>
public enum ItemMarker { YiShi, CircledThenParen, ChineseParen, ChineseComma, ArabicDot, ArabicParen, ArabicComma }

/// <summary>
/// How one township writes its section 五, kept from year to year (townships start from last year's report):
/// problems and measures each inline in one paragraph or one item per paragraph, their markers and intros,
/// and whether measures go under 六、其他需要报告的事项 as 下步打算 (seed 004).
/// </summary>
public sealed record FindingsStyle(
    bool ProblemsInline, ItemMarker ProblemMarker, bool SemicolonsBetweenProblems, int ProblemIntro,
    bool MeasuresInline, ItemMarker MeasureMarker, int MeasureIntro,
    bool MeasuresInOther, bool BlankLinesBetweenItems, bool Subsections)
{
    public static FindingsStyle Choose(Rng rng)
    {
        var problemsInline = rng.Chance(0.45);
        var problemMarker = problemsInline
            ? (rng.Chance(0.75) ? ItemMarker.YiShi : ItemMarker.CircledThenParen)
            : rng.Pick<ItemMarker>([ItemMarker.ChineseParen, ItemMarker.ChineseParen, ItemMarker.ChineseComma, ItemMarker.ArabicDot, ItemMarker.ArabicParen, ItemMarker.ArabicComma]);
        var measuresInline = rng.Chance(0.6);
        var measureMarker = measuresInline ? ItemMarker.YiShi
            : rng.Pick<ItemMarker>([ItemMarker.YiShi, ItemMarker.ChineseParen, ItemMarker.ArabicDot, ItemMarker.ChineseComma]);
        return new FindingsStyle(
            problemsInline, problemMarker, problemMarker == ItemMarker.YiShi && rng.Chance(0.5), rng.Next(6),
            measuresInline, measureMarker, rng.Next(6),
            !measuresInline && !problemsInline && rng.Chance(0.25), rng.Chance(0.3), problemsInline && rng.Chance(0.3));
    }

    private const string Numerals = "一二三四五六七八九十";

    /// <summary>The marker of item <paramref name="index"/> (from 0).</summary>
    public static string Marker(ItemMarker kind, int index) => kind switch
    {
        ItemMarker.YiShi => Numerals[index] + "是",
        ItemMarker.CircledThenParen => index == 0 ? "⑴" : $"({index + 1}）",
        ItemMarker.ChineseParen => $"（{Numerals[index]}）",
        ItemMarker.ChineseComma => $"{Numerals[index]}、",
        ItemMarker.ArabicDot => $"{index + 1}.",
        ItemMarker.ArabicParen => $"({index + 1})",
        _ => $"{index + 1}、",
    };
}
