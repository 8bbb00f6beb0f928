namespace ReportSearch.Analysis;

/// <summary>What a <see cref="Token"/> is: a word of the <c>words</c> column, or a gram of the <c>grams</c> column.</summary>
public enum TokenKind
{
    /// <summary>A Chinese word: an ICU segment, or a lexicon term kept whole.</summary>
    Word,

    /// <summary>A bigram of a Chinese run (or a single character: a lone character, or the one closing a run).</summary>
    Gram,

    /// <summary>A run of digits.</summary>
    Number,

    /// <summary>A run of letters (with or without digits) outside Chinese, lower-cased.</summary>
    Latin,
}
