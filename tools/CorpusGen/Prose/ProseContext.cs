using System.Globalization;
using System.Text;
using ReportSearch.CorpusGen.Places;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>
/// What prose may say about the township writing it: its names, the year, and only the county and city names its
/// region naming allows (so the text settles exactly what the truth says). Fills the placeholders of phrase banks:
/// {Y} year, {Y1} next year, {T} township, {W} 我镇, {K} 镇/乡/街道, {CK} 县/区/市, {CO} county, {CI} city, {B} body.
/// </summary>
public sealed class ProseContext(TownshipPlace place, int year, string? county, string? city, string body)
{
    public TownshipPlace Place { get; } = place;
    public int Year { get; } = year;
    public string? County { get; } = county;
    public string? City { get; } = city;
    public string Body { get; } = body;

    /// <summary>The township's name without its 镇/乡/街道, for names such as the 美丽小孟 account.</summary>
    public string ShortName => Place.Township.Length > 2 && !Place.IsSubdistrict ? Place.Township[..^1]
        : Place.IsSubdistrict && Place.Township.Length > 3 ? Place.Township[..^2] : Place.Township;

    public string Fill(string template)
    {
        if (template.IndexOf('{') < 0) return template;
        var sb = new StringBuilder(template);
        sb.Replace("{Y1}", (Year + 1).ToString(CultureInfo.InvariantCulture));
        sb.Replace("{Y}", Year.ToString(CultureInfo.InvariantCulture));
        sb.Replace("{T}", Place.Township);
        sb.Replace("{W}", Place.SelfReference);
        sb.Replace("{K}", Place.KindWord);
        sb.Replace("{CK}", Place.CountyKindWord);
        sb.Replace("{S}", ShortName);
        sb.Replace("{B}", Body);
        if (County is not null) sb.Replace("{CO}", County);
        if (City is not null) sb.Replace("{CI}", City);
        return sb.ToString();
    }

    /// <summary>A phrase from a bank, skipping those that need a county or city name this report may not write.</summary>
    public string Pick(Rng rng, IReadOnlyList<string> bank)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var s = rng.Pick(bank);
            if (Allowed(s)) return Fill(s);
        }
        return Fill(bank.First(Allowed));
    }

    public bool Allowed(string template) =>
        (County is not null || !template.Contains("{CO}", StringComparison.Ordinal)) &&
        (City is not null || !template.Contains("{CI}", StringComparison.Ordinal));

    public static string Num(double n) => n.ToString("0.##", CultureInfo.InvariantCulture);
}
