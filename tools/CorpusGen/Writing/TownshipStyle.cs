using ReportSearch.CorpusGen.Findings;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Writing;

/// <summary>
/// How one township writes its reports, kept from year to year as offices reuse last year's file: title form,
/// section titles, overview headings, section 五's layout, and how busy it is (which drives its numbers).
/// </summary>
public sealed record TownshipStyle(int TitleForm, int TitleSet, int OverviewStyle, FindingsStyle Findings, double PreambleChance, double Activity)
{
    public static TownshipStyle Choose(Rng rng) => new(
        rng.Next(5), rng.PickWeighted([0.55, 0.15, 0.15, 0.15]), rng.Next(6), FindingsStyle.Choose(rng),
        rng.Chance(0.5) ? 0.9 : 0.2, Math.Pow(rng.NextDouble(), 2));
}
