using ReportSearch.Ingest.Normalization;

namespace ReportSearch.Tests.Ingest.Normalization;

/// <summary>Each step on its own, with snippets taken from the seed reports.</summary>
public class NormalizationStepTests
{
    private static string Run(INormalizationStep step, string input)
    {
        var output = new CharBuffer(input.Length);
        step.Apply(input, output);
        return output.ToString();
    }

    [TestCase("一、总体情况\r\n2021年，按照", "一、总体情况\n2021年，按照")]
    [TestCase("无\r\r（一）", "无\n\n（一）")]
    [TestCase("六、其他需要报告的事项\u2028无\u2029", "六、其他需要报告的事项\n无\n")]
    [TestCase("\uFEFF尉氏县\u200B张市镇\u00AD人民政府\u2060\u0007\u0085", "尉氏县张市镇人民政府")]
    [TestCase("\t规章\n\t\u3000\u30000\n", "\t规章\n\t\u3000\u30000\n")]
    public void Line_breaks_become_newlines_and_invisible_characters_go(string input, string expected) =>
        Assert.That(Run(new LineBreakAndControlStep(), input), Is.EqualTo(expected));

    [TestCase("[bookmark: _GoBack]创新公开形式，提供便捷服务。", "创新公开形式，提供便捷服务。")]
    [TestCase("\t[bookmark: _GoBack]0\u00A0\n", "\t0\u00A0\n")]
    [TestCase("共16条。\n[image: 01420aa4c0ca30f4520f74f9e7439b3]\n（二）依申请公开情况", "共16条。\n（二）依申请公开情况")]
    [TestCase("共16条。\n  [image: a.png][bookmark: b]  \n（二）", "共16条。\n（二）")]
    [TestCase("共16条。\n[image: a.png]", "共16条。\n")]
    [TestCase("[image[bookmark: x]: y]附件", "附件")]
    [TestCase("[ｂｏｏｋｍａｒｋ: _GoBack]附件", "附件")]
    [TestCase("[注]不是标记；[bookmark 也不是；[image: 没有结尾\n]", "[注]不是标记；[bookmark 也不是；[image: 没有结尾\n]")]
    public void Converter_artifacts_are_removed(string input, string expected) =>
        Assert.That(Run(new ConverterArtifactStep(), input), Is.EqualTo(expected));

    [TestCase("２０２１年主动公开政府信息２１００多条", "2021年主动公开政府信息2100多条")]
    [TestCase("较上年增长８％", "较上年增长8%")]
    [TestCase("专项经费０．５万元", "专项经费0.5万元")]
    [TestCase("采购总金额1．06万元", "采购总金额1.06万元")]
    [TestCase("ｗｗｗ．ｙａｎｚｈｏｕ．ｇｏｖ．ｃｎ", "www．yanzhou．gov．cn")]
    [TestCase("第一项．第二项，（一）", "第一项．第二项，（一）")]
    public void Full_width_digits_and_letters_become_ascii(string input, string expected) =>
        Assert.That(Run(new FullWidthStep(), input), Is.EqualTo(expected));

    [TestCase("\t\u3000\u30000\n\t\u00A0\u30000\n\t\u00A00\n", "\t0\n\t0\n\t0\n")]
    [TestCase("\t0\u00A0\n", "\t0\n")]
    [TestCase("有效提升公众号发布信息的数量、质量。  \n", "有效提升公众号发布信息的数量、质量。\n")]
    [TestCase("                               方正县会发镇人民政府", "方正县会发镇人民政府")]
    [TestCase("（3） 本行政机关人大代表建议", "（3）本行政机关人大代表建议")]
    [TestCase("（一） 予以公开", "（一）予以公开")]
    [TestCase("工作不断深入 。", "工作不断深入。")]
    [TestCase("\t统\u3000计\u3000指\u3000标\n", "\t统计指标\n")]
    [TestCase("在兖州政府网上公开政府信息 59条", "在兖州政府网上公开政府信息 59条")]
    [TestCase("政务 APP  和  微信", "政务 APP 和微信")]
    [TestCase("规章 \t 0 \t0", "规章\t0\t0")]
    public void Spaces_are_trimmed_collapsed_and_dropped_between_chinese_characters(string input, string expected) =>
        Assert.That(Run(new SpaceStep(), input), Is.EqualTo(expected));

    [TestCase("(2）工作力度不大。", "（2）工作力度不大。")]
    [TestCase("主要表现为：⑴认识不够到位。", "主要表现为：（1）认识不够到位。")]
    [TestCase("设立咨询电话,对关系到社会民生相关政策", "设立咨询电话，对关系到社会民生相关政策")]
    [TestCase("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")]
    [TestCase("\t(二) 部分公开(区分处理的,只计这一情形,不计其他情形)", "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    [TestCase("地址:济宁市兖州区小孟镇府前路49号;电话:0537-3410001!", "地址：济宁市兖州区小孟镇府前路49号；电话：0537-3410001！")]
    [TestCase("是否公开?", "是否公开？")]
    [TestCase("政府门户网（www.yanzhou.gov.cn）查阅", "政府门户网（www.yanzhou.gov.cn）查阅")]
    [TestCase("见 https://www.gov.cn/zhengce 和 1,000 条 a:b 8:30", "见 https://www.gov.cn/zhengce 和 1,000 条 a:b 8:30")]
    [TestCase("⒈加强领导；⒉完善制度；⒛其他", "1.加强领导；2.完善制度；20.其他")]
    [TestCase("⑵公开不及时⒇", "（2）公开不及时（20）")]
    [TestCase("①②、。“三安全一稳定”《条例》〔2021〕", "①②、。“三安全一稳定”《条例》〔2021〕")]
    public void Ascii_punctuation_between_chinese_becomes_full_width(string input, string expected) =>
        Assert.That(Run(new PunctuationStep(), input), Is.EqualTo(expected));
}
