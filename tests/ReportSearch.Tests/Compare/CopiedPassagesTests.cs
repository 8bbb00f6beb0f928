using ReportSearch.Compare;
using ReportSearch.Model;
using static ReportSearch.Tests.Compare.Reports;

namespace ReportSearch.Tests.Compare;

public class CopiedPassagesTests
{
    private const string Copied = "一年来，全年共开展政务公开专项督查7次，发现并整改问题31个。年初召开专题会议研究部署政务公开工作，将政务公开工作与中心工作同部署、同推进、同考核。建立政府信息公开工作台账，对公开信息实行动态管理。";
    private const string Stock = "本报告依据《中华人民共和国政府信息公开条例》的规定编制而成，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等，统计期限自1月1日起至12月31日止。";

    private static readonly PassageFingerprints Prints = new();

    private static Report With(string township, int year, string county, params string[] paragraphs) =>
        Make(township, year, county: county, text: string.Join("\n", paragraphs.Prepend($"{township}{year}年政府信息公开工作年度报告")));

    private static IReadOnlyList<CopiedPassage> Find(IEnumerable<Report> reports, CopyOptions? options = null) =>
        new CopiedPassages().Find(reports.Select(Prints.Of).ToList(), options);

    private static readonly string[] Distinct =
    [
        "今年在东头新修了两座桥梁，其中一座由村民自筹资金建成，另一座还在施工中，预计明年五月以前全部通车，方便群众出行。",
        "全镇完成高标准农田改造三千亩，新打机井四十眼，配套建设灌溉渠道十二公里，粮食亩产比上年提高近一成。",
        "街道组织志愿者走访独居老人两百余户，为他们安装了紧急呼叫设备，并建立了每周上门探访的长效机制。",
        "乡里投入专项资金改造中心小学旧教学楼，新建食堂和学生宿舍各一栋，秋季开学后住校学生增加到三百人。",
        "本年度新建村级文化广场六处，购置健身器材一百二十套，组织广场舞比赛和农民运动会各一次，参与群众逾千人。",
        "镇卫生院新增彩超和数字化拍片设备，开通远程会诊系统，与县人民医院专家每周联合坐诊两次。",
        "集镇污水管网改造工程完工，铺设管道八千米，新建一体化污水处理站一座，日处理能力达五百吨。",
        "帮助返乡青年创办农村电商企业十五家，开设直播带货培训班四期，线上销售本地特产一千二百万元。",
        "完成全镇四十二座危旧房屋的排查鉴定，对其中九户困难家庭实施了危房改造，全部在雨季前入住新居。",
        "新建农贸市场一座，设置摊位二百个，取缔马路市场三处，集镇交通秩序和环境卫生明显改善。",
    ];

    private static string Own(string township, int n) => township + "：" + Distinct[n % Distinct.Length] + Distinct[(n + 5) % Distinct.Length];

    [Test]
    public void A_paragraph_shared_by_townships_of_a_county_is_a_copy()
    {
        var reports = new[]
        {
            With("甲镇", 2021, "尉氏县", Stock, Copied, Own("甲镇", 1)),
            With("乙镇", 2021, "尉氏县", Stock, Copied.Replace("31个", "31 个"), Own("乙镇", 2)),
            With("丙镇", 2021, "尉氏县", Stock, Copied.Replace("动态管理", "动态的管理"), Own("丙镇", 3)),
            With("丁镇", 2021, "杞县", Stock, Own("丁镇", 4)),
            With("戊镇", 2021, "通许县", Stock, Own("戊镇", 5)),
        };
        var found = Find(reports);
        var copy = found.Single();
        Assert.That(copy.Kind, Is.EqualTo(CopyKind.AcrossTownships));
        Assert.That(copy.Townships.Select(t => t.Township), Is.EquivalentTo(new[] { "甲镇", "乙镇", "丙镇" }));
        Assert.That(copy.Years, Is.EqualTo(new[] { 2021 }));
        var first = copy.Occurrences[0];
        Assert.That(reports.Single(r => r.File == first.Report.File).Text[first.Start..first.End], Does.StartWith("一年来"));

        var withStock = Find(reports, CopyOptions.Default with { IncludeStock = true });
        Assert.That(withStock.Single(c => c.Stock).Townships, Has.Count.EqualTo(5), "template wording all counties share");
    }

    [Test]
    public void A_township_repeating_its_own_paragraph_next_year_is_found_and_a_gap_of_reports_is_not()
    {
        var found = Find([With("甲镇", 2020, "尉氏县", Own("甲镇", 1)), With("甲镇", 2021, "尉氏县", Own("甲镇", 1)), With("乙镇", 2021, "尉氏县", Own("乙镇", 2))]);
        Assert.That(found.Single().Kind, Is.EqualTo(CopyKind.ConsecutiveYears));
        Assert.That(found.Single().Years, Is.EqualTo(new[] { 2020, 2021 }));

        var skipped = Find([With("甲镇", 2019, "尉氏县", Own("甲镇", 1)), With("甲镇", 2020, "尉氏县", Own("甲镇", 9)), With("甲镇", 2021, "尉氏县", Own("甲镇", 1))]);
        Assert.That(skipped, Is.Empty, "2019 and 2021 are not consecutive reports when 2020 has one");
    }

    [Test]
    public void Short_paragraphs_and_different_paragraphs_are_not_copies()
    {
        Assert.That(Find([With("甲镇", 2021, "尉氏县", "加强领导，落实责任，确保政务公开工作取得实效。"), With("乙镇", 2021, "尉氏县", "加强领导，落实责任，确保政务公开工作取得实效。")]), Is.Empty);
        Assert.That(Find([With("甲镇", 2021, "尉氏县", Own("甲镇", 1)), With("乙镇", 2021, "尉氏县", Own("乙镇", 2))]), Is.Empty);
    }

    [Test]
    public void Signatures_are_stable_and_estimate_overlap()
    {
        var a = ComparableText.Normalize(Copied);
        Assert.That(new PassageFingerprints().Signature(a), Is.EqualTo(Prints.Signature(a)));
        Assert.That(PassageFingerprints.Similarity(Prints.Signature(a), Prints.Signature(a)), Is.EqualTo(1.0));
        var b = ComparableText.Normalize(Own("甲镇", 1));
        Assert.That(PassageFingerprints.Similarity(Prints.Signature(a), Prints.Signature(b)), Is.LessThan(0.2));
        Assert.That(StableHash.Of("政务公开"), Is.EqualTo(StableHash.Of("政务公开")));
    }
}
