using ReportSearch.Divisions;

namespace ReportSearch.Query;

/// <summary>
/// A condition on a report's structured fields rather than its words. Every filter of a query must hold;
/// a query of filters alone browses the reports that pass them.
/// </summary>
public abstract record QueryFilter;

/// <summary><c>year:2021</c>, <c>year:2019..2021</c>, <c>year&gt;=2020</c>: the report covers a year in From..To (both included).</summary>
public sealed record YearRange(int From, int To) : QueryFilter
{
    /// <summary>The lower end of an open range such as <c>year&lt;2021</c>.</summary>
    public const int Earliest = 1000;

    /// <summary>The upper end of an open range such as <c>year&gt;2019</c>.</summary>
    public const int Latest = 9999;

    public override string ToString() => From == To ? $"year:{From}" : $"year:{From}..{To}";
}

/// <summary><c>province:河南省</c>, <c>city:洛阳市</c>, <c>county:尉氏县</c>, <c>township:张市镇</c>: the report's region at that level.</summary>
public sealed record RegionFilter(DivisionLevel Level, string Name) : QueryFilter
{
    public override string ToString() => $"{Level.ToString().ToLowerInvariant()}:{Name}";
}

/// <summary><c>section:problems</c>: the words must occur in a section of this kind (one of <see cref="Model.SectionKinds"/>).</summary>
public sealed record SectionFilter(string Kind) : QueryFilter
{
    public override string ToString() => $"section:{Kind}";
}

/// <summary><c>category:staffing</c>: the report has a problem or measure of this category (one of <see cref="Model.ProblemCategories"/>).</summary>
public sealed record CategoryFilter(string Name) : QueryFilter
{
    public override string ToString() => $"category:{Name}";
}

/// <summary><c>template:2021</c>: the report's tables follow this template edition ("2019" or "2021").</summary>
public sealed record TemplateFilter(string Edition) : QueryFilter
{
    public override string ToString() => $"template:{Edition}";
}

/// <summary><c>anomaly:sum_mismatch</c>: the report has an anomaly of this kind (one of <see cref="Model.AnomalyKinds"/>).</summary>
public sealed record AnomalyFilter(string Kind) : QueryFilter
{
    public override string ToString() => $"anomaly:{Kind}";
}

/// <summary><c>disclosed.total&gt;1000</c>: the report has the metric <see cref="Key"/> and its value compares so.</summary>
public sealed record MetricFilter(string Key, ComparisonOp Op, double Value) : QueryFilter
{
    /// <summary>True when <paramref name="value"/> satisfies this comparison.</summary>
    public bool Holds(double value) => Op switch
    {
        ComparisonOp.Greater => value > Value,
        ComparisonOp.GreaterOrEqual => value >= Value,
        ComparisonOp.Less => value < Value,
        ComparisonOp.LessOrEqual => value <= Value,
        _ => value == Value,
    };

    public override string ToString() => $"{Key}{Op.Symbol()}{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
