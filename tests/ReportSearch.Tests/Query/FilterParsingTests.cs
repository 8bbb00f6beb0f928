using ReportSearch.Model;
using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>Filter values are checked against what exists: sections, categories, templates, anomalies, metric keys.</summary>
public class FilterParsingTests
{
    private static QueryFilter Only(string query) => QueryParser.Parse(query).Filters.Single();

    [TestCase("year>2019", 2020, YearRange.Latest)]
    [TestCase("year>=2019", 2019, YearRange.Latest)]
    [TestCase("year<2021", YearRange.Earliest, 2020)]
    [TestCase("year<=2021", YearRange.Earliest, 2021)]
    [TestCase("year=2021", 2021, 2021)]
    [TestCase("year:2021年", 2021, 2021)]
    public void Year_comparisons_are_ranges(string query, int from, int to) =>
        Assert.That(Only(query), Is.EqualTo(new YearRange(from, to)));

    [Test]
    public void Every_section_kind_and_category_is_accepted()
    {
        foreach (var kind in SectionKinds.All) Assert.That(Only("section:" + kind), Is.EqualTo(new SectionFilter(kind)));
        foreach (var name in ProblemCategories.All) Assert.That(Only("category:" + name), Is.EqualTo(new CategoryFilter(name)));
    }

    [TestCase("template:2019", "2019")]
    [TestCase("template:2021", "2021")]
    public void A_template_edition_is_accepted(string query, string edition) =>
        Assert.That(Only(query), Is.EqualTo(new TemplateFilter(edition)));

    [TestCase("anomaly:cell_count")]
    [TestCase("anomaly:sum_mismatch")]
    [TestCase("anomaly:text_table_conflict")]
    [TestCase("anomaly:missing_table")]
    public void An_anomaly_kind_is_accepted(string query) =>
        Assert.That(Only(query), Is.EqualTo(new AnomalyFilter(query["anomaly:".Length..])));

    [TestCase("disclosed.total")]
    [TestCase("disclosed.channel.wechat")]
    [TestCase("requests.received")]
    [TestCase("requests.new.total")]
    [TestCase("requests.result.withheld.third_party.natural_person")]
    [TestCase("requests.result.other.overdue_fee.total")]
    [TestCase("requests.result.other.total")]
    [TestCase("requests.carry_forward.total")]
    [TestCase("appeals.review.total")]
    [TestCase("appeals.suit_after_review.pending")]
    [TestCase("art20.rules.in_force")]
    [TestCase("art20.normative_docs.public_total")]
    [TestCase("art20.licensing.decisions")]
    [TestCase("art20.fees.amount_wan")]
    [TestCase("art20.procurement.items")]
    public void A_metrics_md_key_compares(string key) =>
        Assert.That(Only(key + "<=2.5"), Is.EqualTo(new MetricFilter(key, ComparisonOp.LessOrEqual, 2.5)));

    [Test]
    public void A_metric_compares_with_negative_and_decimal_values()
    {
        Assert.That(Only("art20.fees.amount_wan>-0.5"), Is.EqualTo(new MetricFilter("art20.fees.amount_wan", ComparisonOp.Greater, -0.5)));
        Assert.That(((MetricFilter)Only("disclosed.total>=10")).Holds(10), Is.True);
        Assert.That(((MetricFilter)Only("disclosed.total>10")).Holds(10), Is.False);
    }

    [Test]
    public void The_catalogue_holds_every_requests_and_appeals_cell()
    {
        Assert.That(MetricKeys.All.Count(k => k.StartsWith("appeals.", StringComparison.Ordinal)), Is.EqualTo(15));
        // 26 rows of METRICS.md table 三 (both editions' 其他处理) × 7 columns, and requests.received.
        Assert.That(MetricKeys.All.Count(k => k.StartsWith("requests.", StringComparison.Ordinal)), Is.EqualTo(26 * 7 + 1));
    }

    [TestCase("county:\"尉氏 县\"", "尉氏 县")]
    [TestCase("township:城关镇", "城关镇")]
    public void A_region_name_is_taken_as_written(string query, string name) =>
        Assert.That(((RegionFilter)Only(query)).Name, Is.EqualTo(name));
}
