using System.Globalization;
using ReportSearch.Model;

namespace ReportSearch.Query;

/// <summary>
/// Turns a <see cref="FilterSyntax"/> into a <see cref="QueryFilter"/>, checking the name and the value: a section,
/// category, template or anomaly must be one that exists, a metric key one of <see cref="MetricKeys"/>.
/// </summary>
internal static class FilterValues
{
    public static QueryFilter Build(FilterSyntax filter)
    {
        if (filter.Name.Contains('.')) return Metric(filter);
        if (filter.Name == "year") return YearValues.Read(filter);
        if (filter.Value.Length == 0) throw filter.ValueError($"expected a value after '{filter.Lead}'");
        if (FilterVocabulary.RegionLevel(filter.Name) is { } level) return new RegionFilter(level, filter.Value);
        return filter.Name switch
        {
            "section" => new SectionFilter(OneOf(filter, "section", SectionKinds.All)),
            "category" => new CategoryFilter(OneOf(filter, "category", ProblemCategories.All)),
            "template" => new TemplateFilter(OneOf(filter, "template", FilterVocabulary.Templates)),
            "anomaly" => new AnomalyFilter(OneOf(filter, "anomaly kind", FilterVocabulary.AnomalyKindNames)),
            _ => throw Unknown(filter),
        };
    }

    private static QuerySyntaxException Unknown(FilterSyntax filter) =>
        filter.NameError($"unknown filter '{filter.Name}'{NearestName.Hint(filter.Name, FilterVocabulary.Names)}; "
            + $"filters are {string.Join(", ", FilterVocabulary.Names.Select(n => n + ":"))} and metric comparisons "
            + "such as disclosed.total>1000 (put text with ':' in quotes to search for it)");

    private static string OneOf(FilterSyntax filter, string what, IReadOnlyList<string> allowed)
    {
        var value = filter.Value.ToLowerInvariant();
        if (allowed.Contains(value)) return value;
        throw filter.ValueError($"unknown {what} '{filter.Value}'{NearestName.Hint(value, allowed)}; "
            + $"use one of {string.Join(", ", allowed)}");
    }

    private static MetricFilter Metric(FilterSyntax filter)
    {
        if (!MetricKeys.IsKnown(filter.Name)) throw UnknownMetric(filter);
        const NumberStyles number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;
        if (!double.TryParse(filter.Value, number, CultureInfo.InvariantCulture, out var value))
            throw filter.ValueError($"expected a number after '{filter.Lead}'");
        return new MetricFilter(filter.Name, filter.Op ?? ComparisonOp.Equal, value);
    }

    private static QuerySyntaxException UnknownMetric(FilterSyntax filter)
    {
        var family = filter.Name[..filter.Name.IndexOf('.')];
        if (!MetricKeys.Families.Contains(family))
            return filter.NameError($"unknown metric '{filter.Name}': metric keys start with "
                + string.Join(", ", MetricKeys.Families.Select(f => f + ".")));
        return filter.NameError($"unknown metric '{filter.Name}'{NearestName.Hint(filter.Name, MetricKeys.All)}");
    }
}
