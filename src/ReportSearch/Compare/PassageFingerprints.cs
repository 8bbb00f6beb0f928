using System.Buffers;
using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// How passages are fingerprinted. Fixed for an index: signatures made with other settings do not compare.
/// <see cref="MinChars"/> here is the shortest passage fingerprinted at all (a search may ask for longer ones);
/// lengths count normalised characters (<see cref="ComparableText"/>). <see cref="Hashes"/> = <see cref="Bands"/> ×
/// rows; 16 bands of 4 make two passages with shingle overlap 0.7 collide in some band with probability ≈ 0.98,
/// and passages with overlap 0.3 only ≈ 0.12.
/// </summary>
public sealed record FingerprintOptions(int MinChars = 30, int ShingleChars = 5, int Hashes = 64, int Bands = 16, int MinSentenceChars = 6)
{
    public static readonly FingerprintOptions Default = new();

    public int Rows => Hashes / Bands;
}

/// <summary>A sentence of a passage as a stable 32-bit hash (<see cref="PassageFingerprints.SentenceHashOf"/>), with its normalised length.</summary>
public readonly record struct SentenceHash(uint Hash, int Length);

/// <summary>
/// One paragraph of a report as the copy finder needs it: where it is (<see cref="Start"/>..<see cref="End"/> in the
/// report's text), its normalised length, its MinHash signature over character shingles, and its sentences' hashes.
/// This is what the index stores per paragraph at index time. Its MinHash values are
/// <see cref="PassageFingerprints.SignatureBits"/> bits wide.
/// </summary>
public sealed record PassageSignature(int Start, int End, int Length, uint[] MinHash, IReadOnlyList<SentenceHash> Sentences);

/// <summary>
/// A report's fingerprint: its long paragraphs' signatures, and the hashes of all its sentences (short paragraphs
/// included), from which the copy finder tells stock phrasing that many townships use from text only a few share.
/// </summary>
public sealed record ReportFingerprint(ReportRef Report, IReadOnlyList<PassageSignature> Passages, IReadOnlyList<uint> Sentences);

/// <summary>
/// Computes <see cref="ReportFingerprint"/>s: per report, no corpus needed, so it runs at index time. Paragraphs are
/// the report's lines; each is compared with its own names masked out (<see cref="OwnNameMasking"/>).
/// </summary>
public sealed class PassageFingerprints(FingerprintOptions? options = null)
{
    private readonly FingerprintOptions _options = options ?? FingerprintOptions.Default;
    private readonly ShingleMinHash _minHash = new((options ?? FingerprintOptions.Default).Hashes, (options ?? FingerprintOptions.Default).ShingleChars);

    /// <summary>
    /// Bits kept of each MinHash value of a passage (b-bit MinHash): a fresh hash of the function's least value, cut
    /// to this many bits. Two passages with different least values still agree on it by chance once in 2^bits, which
    /// <see cref="EstimatedOverlap"/> corrects for; the estimate's spread near the 0.7 a copy needs grows only from
    /// ≈ 0.057 to ≈ 0.059 against full values, while the index stores 5 bits a value instead of 16.
    /// </summary>
    public const int SignatureBits = 5;

    public FingerprintOptions Options => _options;

    public ReportFingerprint Of(Report report)
    {
        var passages = new List<PassageSignature>();
        // In order of first use, so the stored list reads in the order the passages refer to it.
        var sentences = new List<uint>();
        var seen = new HashSet<uint>();
        var text = report.Text;
        var masking = new OwnNameMasking(report);
        // Masking only shortens a line, so one buffer as long as the text holds any line's normalised form.
        var normalized = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var masked = masking.Mask(text[start..end]);
            var sentenceHashes = NormalizeBySentence(masked, normalized, out var length);
            foreach (var s in sentenceHashes)
                if (seen.Add(s.Hash)) sentences.Add(s.Hash);
            if (length >= _options.MinChars)
                passages.Add(new PassageSignature(start, end, length, Stored(_minHash.Signature(normalized.AsSpan(0, length))), sentenceHashes));
            start = end + 1;
        }
        ArrayPool<char>.Shared.Return(normalized);
        return new ReportFingerprint(ReportRef.Of(report), passages, sentences);
    }

    /// <summary>
    /// The values the index keeps: <see cref="SignatureBits"/> of a hash of each least value. Not its top bits: the
    /// least of many values starts with zeros, so its top bits would agree between unrelated passages far more often.
    /// </summary>
    private static uint[] Stored(uint[] signature)
    {
        for (var i = 0; i < signature.Length; i++) signature[i] = (uint)(StableHash.Mix(signature[i]) >> (64 - SignatureBits));
        return signature;
    }

    /// <summary>The MinHash signature: per hash function, the least hash of any shingle of the normalised text.</summary>
    public uint[] Signature(string normalized) => _minHash.Signature(normalized);

    /// <summary>The share of equal positions: an unbiased estimate of the shingle sets' Jaccard overlap for full 32-bit values.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    /// <summary>
    /// The shingle sets' Jaccard overlap estimated from signatures whose values keep <paramref name="bits"/> bits:
    /// a share m of equal positions is J + (1 − J)/2^bits on average, so J ≈ (m − 2^−bits) / (1 − 2^−bits). Full
    /// 32-bit values are taken as they are (<see cref="Similarity"/>).
    /// </summary>
    public static double EstimatedOverlap(uint[] a, uint[] b, int bits)
    {
        var share = Similarity(a, b);
        if (bits >= 32) return share;
        var chance = 1.0 / (1 << bits);
        return (share - chance) / (1 - chance);
    }

    /// <summary>A normalised sentence's stored hash: 32 bits of <see cref="StableHash.Of"/>.</summary>
    public static uint SentenceHashOf(ReadOnlySpan<char> normalized) => (uint)(StableHash.Of(normalized) >> 32);

    /// <summary>
    /// Normalises a paragraph (<see cref="ComparableText"/>) into <paramref name="into"/> and hashes its sentences
    /// on the way, in one pass: sentence ends are dropped by normalising, so the paragraph's normalised text is its
    /// sentences' normalised texts end to end, and each sentence is a slice of it.
    /// </summary>
    private List<SentenceHash> NormalizeBySentence(string paragraph, char[] into, out int length)
    {
        var kept = ComparableText.KeptTable;
        var result = new List<SentenceHash>();
        var n = 0;
        var sentenceStart = 0;
        foreach (var c in paragraph)
        {
            if (IsSentenceEnd(c))
            {
                AddSentence(into, sentenceStart, n, result);
                sentenceStart = n;
                continue;
            }
            var k = kept[c];
            if (k != '\0') into[n++] = k;
        }
        AddSentence(into, sentenceStart, n, result);
        length = n;
        return result;
    }

    private void AddSentence(char[] normalized, int start, int end, List<SentenceHash> sentences)
    {
        if (end - start >= _options.MinSentenceChars)
            sentences.Add(new SentenceHash(SentenceHashOf(normalized.AsSpan(start, end - start)), end - start));
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';';
}
