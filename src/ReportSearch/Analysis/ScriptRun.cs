namespace ReportSearch.Analysis;

/// <summary>What a <see cref="ScriptRun"/> holds.</summary>
internal enum ScriptRunKind
{
    /// <summary>Chinese characters only: segmented into words and cut into bigrams.</summary>
    Cjk,

    /// <summary>Letters and digits outside Chinese: one number or Latin token.</summary>
    Alphanumeric,
}

/// <summary>A maximal run of characters of one kind in the folded text (offsets shared with the original).</summary>
internal readonly record struct ScriptRun(int Start, int End, ScriptRunKind Kind)
{
    /// <summary>How many UTF-16 characters the run covers.</summary>
    public int Length => End - Start;
}
