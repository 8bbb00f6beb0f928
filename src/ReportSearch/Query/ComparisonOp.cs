namespace ReportSearch.Query;

/// <summary>How a <see cref="MetricFilter"/> compares a report's value with the query's.</summary>
public enum ComparisonOp
{
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Equal,
}

/// <summary>The written form of each <see cref="ComparisonOp"/>, which is also its SQL operator.</summary>
public static class ComparisonOps
{
    /// <summary>&gt; &gt;= &lt; &lt;= or =.</summary>
    public static string Symbol(this ComparisonOp op) => op switch
    {
        ComparisonOp.Greater => ">",
        ComparisonOp.GreaterOrEqual => ">=",
        ComparisonOp.Less => "<",
        ComparisonOp.LessOrEqual => "<=",
        _ => "=",
    };
}
