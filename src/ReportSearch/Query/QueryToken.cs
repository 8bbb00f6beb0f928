namespace ReportSearch.Query;

/// <summary>What a <see cref="QueryToken"/> is.</summary>
internal enum QueryTokenKind
{
    /// <summary>A bare word.</summary>
    Word,

    /// <summary>The inside of a quoted phrase.</summary>
    Phrase,

    /// <summary>A filter, already read and checked (<see cref="QueryToken.Filter"/>).</summary>
    Filter,

    /// <summary>A '-' before a word, phrase or group.</summary>
    Exclude,

    /// <summary>OR, or, |.</summary>
    Or,

    /// <summary>AND, and.</summary>
    And,

    /// <summary>(</summary>
    Open,

    /// <summary>)</summary>
    Close,
}

/// <summary>One piece of a query, with its span [Start, End) in the query as typed.</summary>
internal sealed record QueryToken(QueryTokenKind Kind, int Start, int End, string Text = "", QueryFilter? Filter = null);
