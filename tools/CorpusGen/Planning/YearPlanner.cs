using ReportSearch.CorpusGen.Places;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Planning;

/// <summary>
/// Decides, for one township, which years have a report and how each is made: the 2019 template for 2019–2020
/// and the 2021 template after (a share of townships keeps the old one), the table layout, the file format and
/// how the report names its region.
/// </summary>
public sealed class YearPlanner(CorpusOptions options)
{
    public TownshipPlan Plan(TownshipPlace place, bool nameSharedInCity)
    {
        var rng = Rng.For(options.Seed, "plan", place.Code);
        var keepsOldTemplate = rng.Chance(options.LegacyTemplateShare);
        var naming = ChooseNaming(rng, nameSharedInCity);
        var weights = options.Formats.Entries.Select(e => e.Weight).ToList();
        var reports = new List<ReportPlan>();
        foreach (var year in options.Years)
        {
            var missing = rng.Chance(options.MissingYearShare);
            var edition = year <= 2020 || keepsOldTemplate ? "2019" : "2021";
            var layout = rng.Chance(options.TabRowLayoutShare) ? TableLayout.TabRows : TableLayout.CellPerLine;
            var format = options.Formats.Entries[rng.PickWeighted(weights)].Format;
            var artifacts = rng.Chance(options.ArtifactShare);
            // A report now and then names itself differently from its other years.
            var yearNaming = rng.Chance(0.1) && !nameSharedInCity ? ChooseNaming(rng, false) : naming;
            if (missing) continue;
            var id = SeedMix.HexId(options.Seed, "report", place.Code, year);
            reports.Add(new ReportPlan(place, year, id, edition, layout, format, yearNaming, artifacts));
        }
        return new TownshipPlan(place, reports);
    }

    private RegionNaming ChooseNaming(Rng rng, bool nameSharedInCity)
    {
        if (nameSharedInCity && rng.Chance(options.AmbiguousRegionShare)) return RegionNaming.CityInProse;
        return rng.PickWeighted([0.40, 0.20, 0.28, 0.12]) switch
        {
            0 => RegionNaming.CountyInTitle,
            1 => RegionNaming.CityAndCountyInTitle,
            2 => RegionNaming.CountyInProse,
            _ => nameSharedInCity ? RegionNaming.CountyInProse : RegionNaming.CityInProse,
        };
    }
}
