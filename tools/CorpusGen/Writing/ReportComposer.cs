using System.Text;
using ReportSearch.CorpusGen.Findings;
using ReportSearch.CorpusGen.History;
using ReportSearch.CorpusGen.Places;
using ReportSearch.CorpusGen.Planning;
using ReportSearch.CorpusGen.Prose;
using ReportSearch.CorpusGen.Randomness;
using ReportSearch.CorpusGen.Tables;
using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Writing;

/// <summary>
/// Puts one report together — title, preamble, 总体情况, the three tables, problems and measures, other matters,
/// signature — and records its truth as it goes, so the truth describes exactly the text written.
/// </summary>
public sealed class ReportComposer(CorpusOptions options, Gazetteer gazetteer)
{
    public ComposedReport Compose(ReportPlan plan, TownshipStyle style, ProblemHistory.YearFindings findings, string? copied)
    {
        var rng = Rng.For(options.Seed, "report", plan.Place.Code, plan.Year);
        var place = plan.Place;
        var (county, city, _) = plan.Mentions;
        var body = plan.Naming switch
        {
            RegionNaming.CountyInTitle => place.County + place.Township + place.BodySuffix,
            // Some counties are listed with their city in front (怀化市洪江管理区): the city is not written twice.
            RegionNaming.CityAndCountyInTitle when place.City is { } c && place.County.StartsWith(c, StringComparison.Ordinal)
                => place.County + place.Township + place.BodySuffix,
            RegionNaming.CityAndCountyInTitle => place.City + place.County + place.Township + place.BodySuffix,
            _ => place.Township + place.BodySuffix,
        };
        var ctx = new ProseContext(place, plan.Year, county, city, body);

        var values = TableValueSampler.Sample(rng, plan.Edition, style.Activity);
        var injection = rng.Chance(options.AnomalyShare) ? AnomalyInjector.Inject(rng, values) : null;
        var stated = injection?.StatedRequests ?? (int)values["requests.new.total"];
        var statesRequests = injection?.StatedRequests is not null || rng.Chance(0.85);

        var sections = new List<Section>();
        var sb = new StringBuilder();
        var title = Title(rng, style.TitleForm, body, place, plan);
        if (rng.Chance(0.3)) sb.Append('\n');
        sb.Append(title).Append("\n\n");

        var preamble = rng.Chance(style.PreambleChance) ? PreambleText.Write(rng, ctx, plan.Edition) : "";
        var (overview, proseMetrics) = OverviewText.Write(rng, ctx, style.OverviewStyle, statesRequests ? stated : null, copied, plan.Artifacts, style.Verbose);
        // Every name the truth relies on must be in the text: add where to read the report if none was written.
        var soFar = title + preamble + overview;
        if (county is not null && !soFar.Contains(county, StringComparison.Ordinal)) preamble += ctx.Fill("本报告电子版可在{CO}人民政府门户网站查阅。\n");
        if (city is not null && !soFar.Contains(city, StringComparison.Ordinal)) preamble += ctx.Fill("本报告电子版可在{CI}人民政府门户网站查阅。\n");
        if (preamble.Length > 0)
        {
            sb.Append(preamble).Append('\n');
            sections.Add(new Section(SectionKinds.Preamble, "", 0, 0));
        }

        var titles = SectionTitles.Sets[style.TitleSet];
        Append(sb, sections, SectionKinds.Overview, titles.Overview, overview);
        var decor = new CellDecor(rng, plan.Artifacts);
        Append(sb, sections, SectionKinds.Proactive, titles.Proactive, Table(values, "proactive", t => ProactiveTableText.Write(t, values, plan.Layout, decor), rng));
        var requests = Table(values, "requests", t => RequestTableText.Write(t, values, plan.Layout, decor), rng);
        // Seed 004's table 三 was typed with ASCII brackets and commas: (一) 予以公开, (区分处理的,只计这一情形,…).
        if (plan.Artifacts && plan.Layout == TableLayout.TabRows && rng.Chance(0.4)) requests = Formats.TextVariants.AsciiPunctuation(requests);
        Append(sb, sections, SectionKinds.Requests, titles.Requests, requests);
        Append(sb, sections, SectionKinds.Appeals, titles.Appeals, Table(values, "appeals", t => AppealTableText.Write(t, values, plan.Layout, decor), rng));

        var written = FindingsText.Write(style.Findings, findings.Problems, findings.Measures, place.SelfReference, place.KindWord, plan.Year, rng);
        Append(sb, sections, SectionKinds.Problems, titles.Problems, written.Section);
        var other = written.PlanForOther ?? ClosingText.Other(rng, ctx, plan.Edition);
        Append(sb, sections, SectionKinds.Other, titles.Other, other);
        var (signature, published) = ClosingText.Signature(rng, ctx);
        sb.Append(signature);

        var region = gazetteer.Resolve(place.Township, county, city, null);
        var metrics = values.Cells()
            .Select(c => new Metric(c.Key, c.Value, false, c.Key.EndsWith("amount_wan", StringComparison.Ordinal) ? "万元" : null, Metric.FromTable, "", 0, 0))
            .Concat(proseMetrics)
            .ToList();
        var truth = new Report
        {
            File = plan.RelativePath,
            Sha256 = "",
            Text = "",
            Body = body,
            Township = region.Township,
            County = region.County,
            CountyCandidates = region.CountyCandidates,
            City = region.City,
            Province = region.Province,
            DivisionCode = region.DivisionCode,
            Year = plan.Year,
            Published = published,
            Template = plan.Edition,
            Sections = sections,
            Metrics = metrics,
            Problems = written.Problems,
            Measures = written.Measures,
            Anomalies = injection is null ? [] : [injection.Anomaly],
        };
        // A web page shows the title as its heading: the title block on one line.
        return new ComposedReport(title.Replace("\n", ""), sb.ToString(), truth);
    }

    private static void Append(StringBuilder sb, List<Section> sections, string kind, string title, string content)
    {
        sections.Add(SectionTitles.Truth(kind, title));
        sb.Append(title).Append('\n').Append(content);
        if (!content.EndsWith('\n')) sb.Append('\n');
        sb.Append('\n');
    }

    /// <summary>A table's text, or the image placeholder a converter leaves when the table was pasted as a picture.</summary>
    private static string Table(TableValues values, string table, Action<StringBuilder> write, Rng rng)
    {
        if (values.MissingTable == table) return $"[image: {rng.NextUInt64():x15}]\n";
        var sb = new StringBuilder();
        write(sb);
        return sb.ToString();
    }

    /// <summary>The title block in the seeds' forms; the body always appears whole in it.</summary>
    private static string Title(Rng rng, int form, string body, TownshipPlace place, ReportPlan plan) => form switch
    {
        0 => $"{body}\n{plan.Year}年政府信息公开工作年度报告",
        1 => $"{body}{plan.Year}年政府信息公开工作年度报告",
        2 => $"{body}{plan.Year}年度信息公开工作\n年度报告",
        3 => $"{body}关于{plan.Year}年政府信息公开工作的年度报告",
        _ => $"{body}\n{plan.Year}年度政府信息公开工作年度报告",
    };
}
