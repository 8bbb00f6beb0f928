using System.Globalization;

namespace ReportSearch.CorpusGen;

/// <summary>The file formats a corpus is written in.</summary>
public static class ReportFormats
{
    public const string Txt = "txt";
    public const string Gb18030 = "gb18030";
    public const string Docx = "docx";
    public const string Html = "html";

    public static readonly IReadOnlyList<string> All = [Txt, Gb18030, Docx, Html];

    public static string Extension(string format) => format switch
    {
        Txt or Gb18030 => ".txt",
        Docx => ".docx",
        Html => ".html",
        _ => throw new ArgumentException("unknown format " + format, nameof(format)),
    };
}

/// <summary>The formats of a corpus with their relative weights, e.g. <c>txt:6,gb18030:1,docx:2,html:1</c>.</summary>
public sealed record FormatMix(IReadOnlyList<FormatWeight> Entries)
{
    /// <summary>Weights used when a format is named without one: mostly plain text, as published reports are.</summary>
    private static readonly Dictionary<string, double> DefaultWeights = new(StringComparer.Ordinal)
    {
        [ReportFormats.Txt] = 6, [ReportFormats.Gb18030] = 1, [ReportFormats.Docx] = 2, [ReportFormats.Html] = 1,
    };

    public static FormatMix Default { get; } = Parse("txt,gb18030,docx,html");

    public static FormatMix TextOnly { get; } = Parse("txt");

    /// <summary>Reads <c>name[:weight],…</c>; throws <see cref="FormatException"/> naming the bad part.</summary>
    public static FormatMix Parse(string text)
    {
        var entries = new List<FormatWeight>();
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split(':', '=');
            var name = parts[0].ToLowerInvariant();
            if (!DefaultWeights.TryGetValue(name, out var weight))
                throw new FormatException($"unknown format '{parts[0]}' (known: {string.Join(", ", ReportFormats.All)})");
            if (parts.Length > 1 && (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight < 0))
                throw new FormatException($"bad weight in '{raw}'");
            if (entries.Any(e => e.Format == name)) throw new FormatException($"format '{name}' named twice");
            entries.Add(new FormatWeight(name, weight));
        }
        if (entries.Count == 0 || entries.Sum(e => e.Weight) <= 0) throw new FormatException("no format with a positive weight");
        return new FormatMix(entries);
    }

    public override string ToString() =>
        string.Join(",", Entries.Select(e => e.Format + ":" + e.Weight.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>One format of a <see cref="FormatMix"/> and its relative weight.</summary>
public sealed record FormatWeight(string Format, double Weight);
