using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Rewrites a phrase of grams with the phrase terms the index holds (<see cref="PhraseVocabulary"/>): a run of
/// consecutive bigrams spelling 依申请公开 (依申 申请 请公 公开) becomes the one term 依申请公开 at the first gram's offset.
/// A phrase term stands exactly for its grams in a row, so the rewritten phrase matches the same reports the same
/// number of times; it only reads fewer, rarer postings. Runs are covered greedily from the left, longest phrase
/// first; grams no phrase covers stay as they are, at their own offsets.
/// </summary>
internal static class PhraseCover
{
    /// <summary>A term of the rewritten phrase and its offset (in grams) from the phrase's first position.</summary>
    public readonly record struct Part(string Term, int Offset);

    /// <param name="grams">The phrase's terms in order (grams; unigrams close runs).</param>
    /// <param name="prefix">Whether the last term is a prefix (it is then kept as it is).</param>
    /// <param name="isPhraseTerm">Whether the index holds a term (only phrase terms are looked up).</param>
    public static List<Part> Rewrite(IReadOnlyList<string> grams, bool prefix, Func<string, bool> isPhraseTerm)
    {
        var parts = new List<Part>(grams.Count);
        var last = prefix ? grams.Count - 1 : grams.Count;
        var i = 0;
        while (i < last)
        {
            // The chain of bigrams from i on, each starting with the character the one before ends with.
            var end = i;
            while (end < last && IsBigram(grams[end]) && (end == i || Second(grams[end - 1]) == First(grams[end]))) end++;
            if (end - i < PhraseVocabulary.MinRunes - 1)
            {
                parts.Add(new Part(grams[i], i));
                i++;
                continue;
            }
            Cover(grams, i, end, isPhraseTerm, parts);
            i = end;
        }
        for (; i < grams.Count; i++) parts.Add(new Part(grams[i], i));
        return parts;
    }

    // Grams [from, to) form one chain: characters c0..cn with gram k = c(k-from) c(k-from+1).
    private static void Cover(IReadOnlyList<string> grams, int from, int to, Func<string, bool> isPhraseTerm, List<Part> parts)
    {
        var characters = new List<string>(to - from + 1);
        for (var k = from; k < to; k++) characters.Add(First(grams[k]));
        characters.Add(Second(grams[to - 1]));
        var k0 = from;
        while (k0 < to)
        {
            var start = k0 - from;
            var longest = 0;
            string? found = null;
            // A phrase of m characters starting at character `start` covers grams start .. start + m - 2.
            for (var m = characters.Count - start; m >= PhraseVocabulary.MinRunes && found is null; m--)
            {
                var candidate = Join(characters, start, m);
                if (isPhraseTerm(candidate)) (found, longest) = (candidate, m);
            }
            if (found is null)
            {
                parts.Add(new Part(grams[k0], k0));
                k0++;
            }
            else
            {
                parts.Add(new Part(found, k0));
                k0 += longest - 1;
            }
        }
    }

    private static string Join(List<string> characters, int start, int count)
    {
        var builder = new StringBuilder(count * 2);
        for (var i = start; i < start + count; i++) builder.Append(characters[i]);
        return builder.ToString();
    }

    private static bool IsBigram(string term) => term.Length <= 4 && CjkCharacters.CountCodePoints(term) == 2 && CjkCharacters.AreAllCjk(term);

    private static string First(string bigram) => char.IsHighSurrogate(bigram[0]) ? bigram[..2] : bigram[..1];

    private static string Second(string bigram) => bigram[First(bigram).Length..];
}
