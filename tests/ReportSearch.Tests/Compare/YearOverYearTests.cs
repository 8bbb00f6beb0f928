using ReportSearch.Compare;
using static ReportSearch.Tests.Compare.Reports;

namespace ReportSearch.Tests.Compare;

public class YearOverYearTests
{
    private static readonly YearOverYear Yoy = new();

    [Test]
    public void Metrics_carry_their_change_against_the_previous_report()
    {
        var result = Yoy.Compare([
            Make("张市镇", 2020, metrics: [Metric("disclosed.total", 100), Metric("requests.new.total", 0)]),
            Make("张市镇", 2021, metrics: [Metric("disclosed.total", 150), Metric("requests.new.total", 4)]),
            Make("张市镇", 2023, metrics: [Metric("requests.new.total", 2)]),
        ]);
        Assert.That(result.Years.Select(y => y.Year), Is.EqualTo(new[] { 2020, 2021, 2023 }));
        var y2021 = result.Years[1].Metrics.ToDictionary(m => m.Key);
        Assert.That(y2021["disclosed.total"].Change, Is.EqualTo(50));
        Assert.That(y2021["disclosed.total"].ChangePercent, Is.EqualTo(50));
        Assert.That(y2021["requests.new.total"].Change, Is.EqualTo(4));
        Assert.That(y2021["requests.new.total"].ChangePercent, Is.Null, "no percentage from zero");
        var y2023 = result.Years[2];
        Assert.That(y2023.PreviousYear, Is.EqualTo(2021), "a year without a report is skipped");
        Assert.That(y2023.Metrics.Single(m => m.Key == "disclosed.total").Value, Is.Null, "not stated is not zero");
        Assert.That(y2023.Metrics.Single(m => m.Key == "disclosed.total").Change, Is.Null);
        Assert.That(result.Years[0].Problems, Is.Null);
    }

    [Test]
    public void Problems_are_repeated_reworded_new_or_no_longer_reported()
    {
        var staffing = Finding("人员配置有限。目前党政办仅有3人，且兼顾多项工作，人员十分有限。", "staffing");
        var staffingReworded = Finding("缺少专职工作人员。负责信息公开的人员均为兼职，人员调整频繁。", "staffing");
        var timeliness = Finding("信息更新不及时。部分栏目长期未更新。", "timeliness");
        var publicity = Finding("宣传力度不够。群众对政务公开的知晓率不高。", "publicity");
        var village = Finding("村务公开不够规范。有的村公开栏内容陈旧。", "village_affairs", "standardization");
        var result = Yoy.Compare([
            Make("张市镇", 2020, problems: [staffing, timeliness, publicity]),
            Make("张市镇", 2021, problems: [village, staffingReworded, timeliness with { Start = 40 }]),
        ]);
        var changes = result.Years[1].Problems!;
        Assert.That(changes.Repeated.Select(r => (r.Previous.Title, r.Current.Title, r.Verbatim)),
            Is.EquivalentTo(new[] { ("人员配置有限", "缺少专职工作人员", false), ("信息更新不及时", "信息更新不及时", true) }));
        Assert.That(changes.New, Is.EqualTo(new[] { village }));
        Assert.That(changes.NoLongerReported, Is.EqualTo(new[] { publicity }));
    }

    [Test]
    public void A_shared_category_with_unrelated_text_is_not_a_repeat()
    {
        var result = Yoy.Compare([
            Make("张市镇", 2020, problems: [Finding("人员配置有限。目前党政办仅有3人。", "staffing")]),
            Make("张市镇", 2021, problems: [Finding("人手紧张，部分信息更新滞后。信息发布时有延后。", "staffing", "timeliness")]),
        ]);
        Assert.That(result.Years[1].Problems!.Repeated, Is.Empty);
    }

    [Test]
    public void Last_years_measures_are_set_against_this_years_problems()
    {
        var training = Finding("加强业务培训。定期组织业务培训。", "training");
        var media = Finding("用好新媒体。办好微信公众号。", "new_media");
        var stillTraining = Finding("业务培训不够系统。培训次数偏少。", "training");
        var result = Yoy.Compare([
            Make("张市镇", 2020, measures: [training, media]),
            Make("张市镇", 2021, problems: [stillTraining]),
        ]);
        var followUp = result.Years[1].PreviousMeasures;
        Assert.That(followUp.Single(f => f.Measure == training).ProblemsStillReported, Is.EqualTo(new[] { stillTraining }));
        Assert.That(followUp.Single(f => f.Measure == media).ProblemsStillReported, Is.Empty);
    }

    [Test]
    public void An_ambiguous_name_lists_its_candidates_instead_of_mixing_townships()
    {
        var reports = new[]
        {
            Make("城关镇", 2020, county: "尉氏县", code: "410223100"),
            Make("城关镇", 2021, county: "尉氏县", code: "410223100"),
            Make("城关镇", 2021, county: "杞县", code: "410221100"),
            Make("城关镇", 2021, candidates: ["尉氏县", "杞县", "通许县"]),
        };
        var result = Yoy.Compare(reports);
        Assert.That(result.IsAmbiguous);
        Assert.That(result.Years, Is.Empty);
        Assert.That(result.Candidates, Has.Count.EqualTo(3));
        var one = Yoy.Compare(reports, result.Candidates.Single(c => c.DivisionCode == "410223100").Key);
        Assert.That(one.Years.Select(y => y.Year), Is.EqualTo(new[] { 2020, 2021 }));
        Assert.That(one.Years.All(y => y.Report.Township.County == "尉氏县"));
    }

    [Test]
    public void A_second_report_for_a_year_is_set_aside()
    {
        var result = Yoy.Compare([Make("张市镇", 2021, file: "b.txt"), Make("张市镇", 2021, file: "a.txt")]);
        Assert.That(result.Years.Single().Report.File, Is.EqualTo("a.txt"));
        Assert.That(result.SetAside.Single().File, Is.EqualTo("b.txt"));
    }
}
