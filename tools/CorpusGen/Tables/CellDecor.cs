using System.Globalization;
using System.Text;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>How header words break over lines inside a cell, as converters leave them.</summary>
public enum HeaderBreak
{
    /// <summary>商业企业</summary>
    None,
    /// <summary>商业 / 企业 on two lines (seed 000)</summary>
    Halves,
    /// <summary>社会 / 公益 / 组织 and 结 / 果 / 维 / 持 with blank lines between (seed 001)</summary>
    Spread,
}

/// <summary>
/// The look of one report's table cells: the spaces (NBSP, 　) a converter leaves around values, column by
/// column as in seed 000, how headers break, and the one cell that carries a stray [bookmark: _GoBack].
/// Holds a counter of cells written, so it belongs to one report.
/// </summary>
public sealed class CellDecor
{
    private static readonly string[] Paddings = ["{0}", "{0}\u00A0", "\u00A0{0}", "\u3000\u3000{0}", "\u00A0\u3000{0}"];
    private readonly string[] _columnPadding;
    private readonly int _bookmarkCell;
    private int _cellsWritten;

    public CellDecor(Rng rng, bool artifacts)
    {
        _columnPadding = new string[16];
        var padded = artifacts && rng.Chance(0.7);
        for (var i = 0; i < _columnPadding.Length; i++)
            _columnPadding[i] = padded ? Paddings[rng.Next(Paddings.Length)] : "{0}";
        _bookmarkCell = artifacts && rng.Chance(0.5) ? rng.Between(0, 150) : -1;
        HeaderBreak = (HeaderBreak)rng.PickWeighted([0.35, 0.5, 0.15]);
        ProcurementHeader = rng.Chance(0.3) ? "采购总金额（单位：万元，保留4位小数）" : "采购总金额";
    }

    public HeaderBreak HeaderBreak { get; }

    /// <summary>Seed 004 writes the procurement amount's header with its unit.</summary>
    public string ProcurementHeader { get; }

    /// <summary>A value as written in column <paramref name="column"/>.</summary>
    public string Value(double value, int column)
    {
        var text = string.Format(CultureInfo.InvariantCulture, _columnPadding[column % _columnPadding.Length], Number(value));
        return _cellsWritten++ == _bookmarkCell ? "[bookmark: _GoBack]" + text : text;
    }

    /// <summary>Header words broken as this report's converter breaks them.</summary>
    public string Header(string words)
    {
        if (words.Length < 4 || HeaderBreak == HeaderBreak.None) return words;
        if (HeaderBreak == HeaderBreak.Halves)
        {
            // 商业 / 企业, 本年新 / 制作数量; longer heads stay whole, as in seed 000.
            if (words.Length == 4) return words[..2] + "\n" + words[2..];
            if (words.StartsWith("本年新", StringComparison.Ordinal)) return "本年新\n" + words[3..];
            return words;
        }
        // Spread: one pair of characters (or one character for four-character column heads) per line.
        var step = words.Length == 4 ? 1 : 2;
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length; i += step)
        {
            if (i > 0) sb.Append("\n\n");
            sb.Append(words.AsSpan(i, Math.Min(step, words.Length - i)));
        }
        return sb.ToString();
    }

    /// <summary>A number as tables write it: integers plainly, amounts with up to four decimals.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
