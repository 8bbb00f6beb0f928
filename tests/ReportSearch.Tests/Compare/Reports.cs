using ReportSearch.Model;

namespace ReportSearch.Tests.Compare;

/// <summary>Small hand-made reports for the comparison tests.</summary>
internal static class Reports
{
    public static Report Make(
        string township, int year, string county = "尉氏县", string city = "开封市", string province = "河南省",
        string? code = null, IReadOnlyList<Metric>? metrics = null, IReadOnlyList<Finding>? problems = null,
        IReadOnlyList<Finding>? measures = null, string text = "", IReadOnlyList<string>? candidates = null, string? file = null) => new()
    {
        File = file ?? $"{province}/{city}/{county}/{township}/{year}.txt",
        Sha256 = "",
        Text = text,
        Township = township,
        County = candidates is null ? county : null,
        CountyCandidates = candidates ?? [],
        City = city,
        Province = province,
        DivisionCode = code,
        Year = year,
        Metrics = metrics ?? [],
        Problems = problems ?? [],
        Measures = measures ?? [],
    };

    public static Metric Metric(string key, double value, string source = Model.Metric.FromTable) => new(key, value, false, null, source, "", 0, 0);

    public static Finding Finding(string text, params string[] categories) => new(text.Split('。')[0], text, categories, 0, 0);
}
