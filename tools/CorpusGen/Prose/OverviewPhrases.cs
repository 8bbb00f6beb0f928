namespace ReportSearch.CorpusGen.Prose;

/// <summary>
/// Phrase banks of the 总体情况 section: the opening paragraph in slots (each picked independently, so openings
/// vary widely) and sentences for its sub-parts. Placeholders as in <see cref="ProseContext"/>.
/// </summary>
public static class OverviewPhrases
{
    public static readonly IReadOnlyList<string> Openers = ["{Y}年，", "{Y}年来，", "近年来，", "今年以来，", "{Y}年度，", "一年来，"];

    public static readonly IReadOnlyList<string> Guidance =
    [
        "按照《国务院办公厅关于印发{Y}年政务公开工作要点的通知》有关要求，", "在{CK}委、{CK}政府的正确领导下，", "在上级政务公开主管部门的精心指导下，",
        "根据上级部门相关要求，", "认真贯彻落实新修订的《中华人民共和国政府信息公开条例》，",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，",
        "在{CO}委、{CK}政府的正确领导下，", "按照{CO}{Y}年政务公开工作要点的部署，",
        "按照《{CI}人民政府办公室关于印发{CI}{Y}年政务公开工作要点任务分解意见的通知》有关工作要求，",
        "按照《{CI}人民政府办公室关于全面推进基层政务公开标准化规范化工作的实施意见》精神，",
    ];

    public static readonly IReadOnlyList<string> CountyGuidance =
        ["在{CO}委、{CK}政府的正确领导下，", "按照{CO}{Y}年政务公开工作要点的部署，", "在{CO}政务公开办公室的精心指导下，"];

    public static readonly IReadOnlyList<string> CityGuidance =
    [
        "按照《{CI}人民政府办公室关于印发{CI}{Y}年政务公开工作要点任务分解意见的通知》有关工作要求，",
        "按照《{CI}人民政府办公室关于全面推进基层政务公开标准化规范化工作的实施意见》精神，",
        "根据{CI}关于深化基层政务公开工作的部署，",
    ];

    public static readonly IReadOnlyList<string> Subjects = ["{T}", "{W}", "{B}", "{W}的政府信息与政务公开工作"];

    public static readonly IReadOnlyList<string> Focus =
    [
        "紧紧围绕增强工作的透明度，加强民主监督，密切与人民群众的联系，", "紧紧围绕经济社会发展和群众关注关切，", "围绕经济社会发展各项工作重点，",
        "紧扣{K}党委、政府中心工作，", "聚焦群众关心关注的热点难点问题，", "立足基层实际，",
    ];

    public static readonly IReadOnlyList<string> Actions =
    [
        "坚持以公开促落实、促规范、促服务，", "强化组织领导，健全制度规范，", "推行依法行政、优质行政、廉洁行政，",
        "严格规范公开内容，创新公开形式，突出公开重点，提高公开水平，", "加大主动公开、政策解读、回应关切力度，",
        "扎实推进政务公开标准化、规范化工作，", "不断拓宽公开渠道，丰富公开形式，",
    ];

    public static readonly IReadOnlyList<string> Results =
    [
        "推进政务公开工作取得积极成效。", "不断深化政务信息公开工作。", "有力地促进了中心各项工作的开展，取得了明显的效果。",
        "政府信息公开工作取得了新的进展。", "各项工作扎实有序推进。", "切实保障了人民群众的知情权、参与权和监督权。",
    ];

    public static readonly IReadOnlyList<string> Closers = ["现将{Y}年度政府信息公开工作情况报告如下：", "现将工作情况汇报如下：", "", "", ""];

    /// <summary>Sentences on how information is managed (保密审查, 制度, 清单).</summary>
    public static readonly IReadOnlyList<string> Management =
    [
        "{T}高度重视政府信息公开保密审查工作，始终坚持将保密工作和业务工作同计划、同部署、同检查、同总结。",
        "严格落实“谁提供、谁审核、谁负责”的原则，信息发布前均经分管领导审核把关。",
        "年初制定政府信息公开工作专项方案，由党委政府主要负责同志亲自抓政务公开。",
        "进一步完善了主动公开、依申请公开、发布协调、保密审查、社会评议、责任追究等工作制度，形成了政府信息公开的长效机制。",
        "规范了信息发布工作遵循的“涉密信息不上网，上网信息不涉密”的原则，为政府信息公开的准确性、权威性提供了制度保障。",
        "对照基层政务公开标准目录，逐项梳理公开事项，明确公开主体、公开时限和公开方式。",
        "建立政府信息公开工作台账，对公开信息实行动态管理，及时清理过期失效信息。",
        "把{K}政务的重大事项公开与村务公开和民主管理工作结合起来，搞好衔接，上下联动，整体推进。",
    ];

    /// <summary>Sentences on platforms: website, account, boards, service hall.</summary>
    public static readonly IReadOnlyList<string> Platforms =
    [
        "进一步完善了便民服务中心建设，统一标识、合理进行功能区设置，设立政务公开专区。",
        "规范政务新媒体运营，严格运维“美丽{S}”微信公众号，努力提高微信公众平台关注度。",
        "在为民服务大厅设置政务公开专区、设立咨询电话，方便群众查询政府信息。",
        "充分发挥政府网站信息公开第一平台作用，及时更新政务公开专栏内容。",
        "在各村（社区）设立政务公开栏，定期更新公开内容，打通政务公开“最后一公里”。",
        "通过电子屏、综合显示器等设备实现政府信息的快捷展示。",
        "结合推进“互联网+政务服务”，全面推进政务服务大厅集中办理业务。",
    ];

    /// <summary>Sentences on oversight: leadership, assessment, training.</summary>
    public static readonly IReadOnlyList<string> Oversight =
    [
        "将政务公开作为专项工作，列入领导分工，将政府信息公开作为依法行政工作重点安排部署。",
        "将政务公开工作纳入干部绩效考核考评，加强对政务公开工作的监督。",
        "从组织领导、公开内容、公开重点、公开形式、公开制度、公开效果等方面进行监督考核，分级负责、加强协作、促进工作。",
        "不断完善政务舆情回应机制，及时受理群众反映的问题。",
        "成立了以主要领导为组长、分管领导为副组长的政府信息公开工作领导小组，领导小组下设办公室，具体负责日常工作。",
        "定期对各站所、各村政务公开工作开展督查，发现问题及时督促整改。",
    ];

    /// <summary>What the township disclosed, around its counts.</summary>
    public static readonly IReadOnlyList<string> ProactiveContent =
    [
        "{W}严格按照相关条例规定的范围主动公开政府信息。",
        "主要围绕社会公众关心的重点、热点问题，加大对乡村产业发展、优化营商环境、疫情防控、教育医疗等重点领域信息公开。",
        "及时公开财政预决算、惠民惠农补贴发放、低保救助、项目建设等群众关心的信息。",
        "坚持“以公开为常态、不公开为例外”，做到应公开尽公开。",
        "及时发布省、市、{CK}有关政策文件和政策解读文稿，重点向基层党员、群众及企事业单位投送。",
    ];

    /// <summary>How applications are handled, around the number received.</summary>
    public static readonly IReadOnlyList<string> RequestHandling =
    [
        "按照《条例》的要求，{W}进一步规范依申请公开答复工作。", "明确依申请公开的受理、审查、答复程序，确保在法定期限内答复。",
        "在便民服务中心设立依申请公开受理窗口，公布受理电话和地址。", "",
    ];
}
