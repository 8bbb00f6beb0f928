using ReportSearch.Compare;
using ReportSearch.Model;
using static ReportSearch.Tests.Compare.Reports;

namespace ReportSearch.Tests.Compare;

public class CommonProblemsTests
{
    private static readonly string[] Categories = ["staffing", "training", "timeliness", "publicity", "new_media", "mechanism"];

    [Test]
    public void Category_shares_and_trend_match_brute_force([Range(1, 20)] int seed)
    {
        var rng = new Random(seed);
        var reports = new List<Report>();
        for (var t = 0; t < 5 + seed; t++)
            for (var year = 2019; year <= 2022; year++)
            {
                if (rng.NextDouble() < 0.2) continue;
                var problems = Categories.Where(_ => rng.NextDouble() < 0.35).Select(c => Finding($"{c}问题{rng.Next(3)}。", c)).ToList();
                reports.Add(Make("镇" + t, year, county: "县" + t % 3, problems: problems));
            }
        var result = new CommonProblems().Rank(reports);
        var townships = reports.Select(r => r.Township).Distinct().Count();
        Assert.That(result.Townships, Is.EqualTo(townships));
        foreach (var c in result.Categories)
        {
            var reporting = reports.Where(r => r.Problems.Any(p => p.Categories.Contains(c.Category))).Select(r => r.Township).Distinct().Count();
            Assert.That(c.Reporting, Is.EqualTo(reporting));
            Assert.That(c.Share, Is.EqualTo((double)reporting / townships));
            foreach (var y in c.Trend)
            {
                var ofYear = reports.Where(r => r.Year == y.Year).ToList();
                Assert.That(y.Townships, Is.EqualTo(ofYear.Count));
                Assert.That(y.Reporting, Is.EqualTo(ofYear.Count(r => r.Problems.Any(p => p.Categories.Contains(c.Category)))));
            }
        }
        Assert.That(result.Categories.Select(c => c.Share), Is.Ordered.Descending);
        Assert.That(result.Categories.Select(c => c.Category), Is.EquivalentTo(reports.SelectMany(r => r.Problems).SelectMany(p => p.Categories).Distinct()));
    }

    [Test]
    public void Near_identical_statements_cluster_and_typical_ones_come_first()
    {
        var common = "工作人员力量薄弱。负责信息公开的人员均为兼职，人员调整频繁，工作衔接不够顺畅。";
        var reports = new List<Report>
        {
            Make("甲镇", 2021, problems: [Finding(common, "staffing")]),
            Make("乙镇", 2021, problems: [Finding(common.Replace("，", "、").Replace("人员", "人員"), "staffing")]),
            Make("丙镇", 2021, problems: [Finding("甲镇" + common, "staffing")]),
            Make("丁镇", 2021, problems: [Finding("人手不足。今年新招录的两名大学生尚在熟悉业务。", "staffing")]),
        };
        // The third names itself: own names are masked before comparing (its name is the report's township).
        reports[2] = reports[2] with { Township = "甲镇", County = "杞县" };
        var staffing = new CommonProblems().Rank(reports).Categories.Single();
        Assert.That(staffing.Share, Is.EqualTo(1.0));
        var cluster = staffing.Clusters.Single();
        Assert.That(cluster.Statements, Has.Count.EqualTo(3));
        Assert.That(cluster.Townships, Is.EqualTo(3));
        Assert.That(staffing.Representative.Last().Finding.Text, Does.StartWith("人手不足"));
    }
}
