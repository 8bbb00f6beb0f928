using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Analysis.Folding;

namespace ReportSearch.Index;

/// <summary>
/// The field's phrases that the postings also hold whole: every Chinese term of three or more characters of the user
/// dictionary (依申请公开, 行政复议, 微信公众号 …). Each place such a phrase occurs in a Chinese run is one more token,
/// at the position of the phrase's first gram, so a query for it reads one term instead of checking the positions of
/// its grams in nearly every report. Being found by plain substring search, a phrase term stands exactly for its grams
/// in a row: the answers do not change, only their cost. An index keeps the vocabulary it was built with (table
/// <c>phrase_terms</c>): every report's postings must hold the same phrases, whatever the dictionary says later.
/// </summary>
public sealed class PhraseVocabulary
{
    /// <summary>Shortest phrase held whole: a two-character phrase is already one gram.</summary>
    public const int MinRunes = 3;

    /// <summary>The table that keeps an index's vocabulary.</summary>
    public static readonly IReadOnlyList<string> Create = ["CREATE TABLE phrase_terms(term TEXT PRIMARY KEY) WITHOUT ROWID"];

    // Phrases by their first UTF-16 unit, longest first (the order does not matter for correctness, only for reading).
    private readonly Dictionary<char, string[]> _byFirst;

    private PhraseVocabulary(IEnumerable<string> phrases)
    {
        Phrases = phrases.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _byFirst = Phrases.GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray());
    }

    /// <summary>The phrases, folded, in ordinal order.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>No phrases (postings of grams and words only).</summary>
    public static readonly PhraseVocabulary None = new([]);

    /// <summary>The phrases of the user dictionary built into the library.</summary>
    public static PhraseVocabulary FromUserDictionary() => Of(UserDictionary.LoadEmbedded());

    /// <summary>The phrases among <paramref name="terms"/>: folded, kept when they are one Chinese run of <see cref="MinRunes"/> or more.</summary>
    public static PhraseVocabulary Of(IEnumerable<string> terms) =>
        new(terms.Select(TextFolding.Shared.Fold).Where(IsPhrase));

    /// <summary>Whether a folded term is a phrase term: all Chinese, <see cref="MinRunes"/> characters or more.</summary>
    public static bool IsPhrase(string folded) =>
        folded.Length >= MinRunes && CjkCharacters.AreAllCjk(folded) && CjkCharacters.CountCodePoints(folded) >= MinRunes;

    /// <summary>
    /// Puts in <paramref name="found"/> (cleared first) each phrase starting at <paramref name="start"/> of
    /// <paramref name="folded"/> and ending by <paramref name="end"/> (overlapping phrases each count).
    /// </summary>
    internal void StartingAt(string folded, int start, int end, List<string> found)
    {
        found.Clear();
        if (!_byFirst.TryGetValue(folded[start], out var candidates)) return;
        var text = folded.AsSpan(start, end - start);
        foreach (var phrase in candidates)
            if (text.StartsWith(phrase, StringComparison.Ordinal)) found.Add(phrase);
    }

    /// <summary>The vocabulary an index file keeps.</summary>
    public static PhraseVocabulary Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term FROM phrase_terms";
        using var reader = command.ExecuteReader();
        var phrases = new List<string>();
        while (reader.Read()) phrases.Add(reader.GetString(0));
        return new PhraseVocabulary(phrases);
    }

    /// <summary>Makes this the vocabulary of an index file (its table emptied first).</summary>
    public void Write(SqliteConnection connection)
    {
        ReportIndex.Execute(connection, "DELETE FROM phrase_terms");
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO phrase_terms VALUES($term)";
        var term = command.Parameters.Add("$term", SqliteType.Text);
        foreach (var phrase in Phrases)
        {
            term.Value = phrase;
            command.ExecuteNonQuery();
        }
    }
}
